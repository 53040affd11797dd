/*
 * Numbers and lists as US English writes them, without Intl (dates.ts does the dates): the first Intl formatter a
 * page builds loads the locale data, which costs Chromium 100–200 ms with the CPU slowed 4× (a phone's
 * speed), twice the budget of a whole interaction. The app speaks one language, so the few shapes it uses
 * are written out here; tests/share/format.test.ts holds each against Intl.
 */

/** Digits grouped in threes: "1234567" → "1,234,567" (a leading minus is not a digit, so it stays put). */
const grouped = (integer: string) => integer.replace(/\B(?=(\d{3})+$)/g, ',');

/** `value` × 10^places, shifted in its shortest decimal form, so 1.005 moves to 100.5 and not 100.49999. */
function shifted(value: number, places: number): number {
  const [mantissa, exponent = '0'] = String(value).split('e');
  return Number(`${mantissa}e${Number(exponent) + places}`);
}

/** Rounded to `places` decimals, halves away from zero, as Intl rounds the number as written. */
const rounded = (value: number, places: number): number =>
  Math.sign(value) * shifted(Math.round(shifted(Math.abs(value), places)), -places);

/** Grouped, with exactly `places` decimals when `keepZeros`, otherwise with trailing zeros dropped. */
function decimal(value: number, places: number, keepZeros = false): string {
  const [integer, fraction = ''] = rounded(value, places).toFixed(places).split('.');
  const shown = keepZeros ? fraction : fraction.replace(/0+$/, '');
  return shown ? `${grouped(integer!)}.${shown}` : grouped(integer!);
}

/** At most `digits` significant digits, in plain decimal: 258,240 → "260,000", 0.0075 → "0.0075". */
function significant(value: number, digits: number): string {
  if (value === 0) return '0';
  const places = (of: number) => digits - 1 - Math.floor(Math.log10(Math.abs(of)));
  // Rounding can gain a digit (9.96 → 10), so the places shown are counted again on the rounded value.
  const result = rounded(value, places(value));
  return decimal(result, Math.max(0, places(result)));
}

/** US dollars as people read them: "$1,964", "$76", "$0.25", "$0.0075". */
export function dollars(amount: number): string {
  if (amount >= 100) return `$${decimal(amount, 0)}`;
  if (amount >= 0.1) return `$${decimal(amount, 2, true)}`;
  return `$${significant(amount, 2)}`;
}

/** A count with thousands separators, rounded: "258,240". */
export const count = (value: number): string => decimal(value, 0);

/** A number as a field shows it, grouped, with up to three decimals: "20,000", "1.5". */
export const number = (value: number): string => decimal(value, 3);

/** Seconds to one decimal, or "not measured" when no source gives the figure. */
export const seconds = (value: number | null): string =>
  value === null ? 'not measured' : value < 0.05 ? 'under 0.1 s' : `${value.toFixed(1)} s`;

/** A share as a whole percentage: 0.25 → "25%", and a sliver as "under 1%" rather than "0%". */
export const percent = (share: number): string =>
  share > 0 && share < 0.005 ? 'under 1%' : `${Math.round(share * 100)}%`;

/** A large estimate to two significant figures, as precise as its inputs: 258,240 → "260,000". */
export const roughly = (value: number): string => significant(value, 2);

/** Alternatives as a sentence lists them: "4", "4 or 6", "4, 6, or 8". */
export function eitherOf(items: readonly string[]): string {
  if (items.length <= 2) return items.join(' or ');
  return `${items.slice(0, -1).join(', ')}, or ${items.at(-1)}`;
}
