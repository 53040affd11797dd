const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const cents = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const fine = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 2 });

/** US dollars as people read them: "$1,964", "$76", "$0.25", "$0.0075". */
export function dollars(amount: number): string {
  if (amount >= 100) return `$${whole.format(amount)}`;
  if (amount >= 0.1) return `$${cents.format(amount)}`;
  return `$${fine.format(amount)}`;
}

/** A count with thousands separators, rounded: "258,240". */
export const count = (value: number): string => whole.format(value);

/** Seconds to one decimal, or "not measured" when no source gives the figure. */
export const seconds = (value: number | null): string =>
  value === null ? 'not measured' : value < 0.05 ? 'under 0.1 s' : `${value.toFixed(1)} s`;

/** A share as a whole percentage: 0.25 → "25%", and a sliver as "under 1%" rather than "0%". */
export const percent = (share: number): string =>
  share > 0 && share < 0.005 ? 'under 1%' : `${Math.round(share * 100)}%`;

/** A large estimate to two significant figures, as precise as its inputs: 258,240 → "260,000". */
export const roughly = (value: number): string => fine.format(value);

// Building a date format is costly (toLocaleDateString builds one per call), and a result formats dozens of
// dates, so each of the four formats is built once, when first needed.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(month: 'short' | 'long', withDay: boolean): Intl.DateTimeFormat {
  const key = `${month}:${withDay}`;
  let format = dateFormats.get(key);
  // Stryker disable next-line ConditionalExpression: a cache; building the format again gives the same one
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      month,
      year: 'numeric',
      timeZone: 'UTC',
      ...(withDay && { day: 'numeric' }),
    });
    dateFormats.set(key, format);
  }
  return format;
}

/** "2026-11-09" as "9 Nov 2026", "2026-04" as "Apr 2026", or with long months "November 2026". */
export function formatDate(date: string, month: 'short' | 'long' = 'short'): string {
  const [year, monthNumber, day] = date.split('-').map(Number);
  return dateFormat(month, Boolean(day)).format(new Date(Date.UTC(year!, monthNumber! - 1, day ?? 1)));
}
