// The formats are written out to spare the page Intl's start-up cost (src/share/format.ts), so each is held
// here against the Intl formatter it stands in for, over generated numbers and dates as well as examples.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { count, dollars, eitherOf, number, percent, roughly, seconds } from '../../src/share/format';
import { dateTime, formatDate } from '../../src/share/dates';

const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const cents = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const twoSignificant = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 2 });
const plain = new Intl.NumberFormat('en-US');

/** Amounts from a fraction of a cent to a trillion, spread evenly over the orders of magnitude. */
const amounts = fc
  .tuple(fc.double({ min: -6, max: 12, noNaN: true }), fc.integer({ min: 0, max: 3 }))
  // A number with few decimals is where rounding halves live, so a share of them is rounded to some.
  .map(([exponent, decimals]) => {
    const value = 10 ** exponent;
    return decimals === 0 ? value : Number(value.toFixed(Math.max(0, decimals - Math.floor(exponent))));
  });

describe('numbers, as Intl writes them in US English', () => {
  it('counts and field values match Intl for any amount', () => {
    fc.assert(
      fc.property(amounts, (value) => {
        expect(count(value)).toBe(whole.format(value));
        expect(number(value)).toBe(plain.format(value));
      }),
      { numRuns: 5_000 },
    );
  });

  it('dollars use whole dollars from $100, cents from $0.10, two significant digits below', () => {
    fc.assert(
      fc.property(amounts, (value) => {
        const expected =
          value >= 100
            ? whole.format(value)
            : value >= 0.1
              ? cents.format(value)
              : twoSignificant.format(value);
        expect(dollars(value)).toBe(`$${expected}`);
      }),
      { numRuns: 5_000 },
    );
  });

  it('rough figures keep two significant digits, as Intl does', () => {
    fc.assert(
      fc.property(amounts, (value) => {
        expect(roughly(value)).toBe(twoSignificant.format(value));
      }),
      { numRuns: 5_000 },
    );
  });

  it.each([
    [dollars(1964.4), '$1,964'],
    [dollars(76), '$76.00'],
    [dollars(0.25), '$0.25'],
    [dollars(0.0075), '$0.0075'],
    [dollars(0.0996), '$0.1'],
    [dollars(0), '$0'],
    [count(258_240), '258,240'],
    [count(999.5), '1,000'],
    [count(-1234.5), '-1,235'],
    [roughly(258_240), '260,000'],
    [roughly(9.96), '10'],
    [roughly(1.15), '1.2'],
    [roughly(1.005), '1'],
    [roughly(0.000_001_234), '0.0000012'],
    [number(20_000), '20,000'],
    [number(1.2345), '1.235'],
    [number(2.5), '2.5'],
  ])('writes %s, expecting %s', (written, expected) => {
    expect(written).toBe(expected);
  });

  it.each([
    [null, 'not measured'],
    [0.04, 'under 0.1 s'],
    [0.05, '0.1 s'],
    [6.04, '6.0 s'],
  ])('seconds: %s as %s', (value, expected) => {
    expect(seconds(value)).toBe(expected);
  });

  it.each([
    [0, '0%'],
    [0.004, 'under 1%'],
    [0.005, '1%'],
    [0.25, '25%'],
    [1, '100%'],
  ])('percent: %s as %s', (share, expected) => {
    expect(percent(share)).toBe(expected);
  });
});

describe('dates, as Intl writes them in British English', () => {
  const days = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true });
  const ymd = (d: Date) => d.toISOString().slice(0, 10);

  it('a day, with short or long months', () => {
    const short = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const long = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    fc.assert(
      fc.property(days, (day) => {
        expect(formatDate(ymd(day))).toBe(short.format(day));
        expect(formatDate(ymd(day), 'long')).toBe(long.format(day));
      }),
    );
  });

  it('a month alone, every month of the year', () => {
    const short = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
    const long = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
    for (let month = 1; month <= 12; month++) {
      const date = new Date(Date.UTC(2026, month - 1, 1));
      const yearMonth = `2026-${String(month).padStart(2, '0')}`;
      expect(formatDate(yearMonth)).toBe(short.format(date));
      expect(formatDate(yearMonth, 'long')).toBe(long.format(date));
    }
  });

  it('a moment in the local time zone, to the minute', () => {
    const medium = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
    fc.assert(
      fc.property(days, (moment) => {
        expect(dateTime(moment)).toBe(medium.format(moment));
      }),
    );
  });
});

describe('alternatives, as Intl lists them in US English', () => {
  const either = new Intl.ListFormat('en-US', { type: 'disjunction' });
  it('lists one to six items', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^\d{1,2}$/), { minLength: 1, maxLength: 6 }), (items) => {
        expect(eitherOf(items)).toBe(either.format(items));
      }),
    );
  });
});
