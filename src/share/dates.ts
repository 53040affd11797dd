// British English dates, without Intl, for the reason format.ts gives.

const LONG_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
// British English abbreviates September to four letters.
const SHORT_MONTHS = LONG_MONTHS.map((month) => (month === 'September' ? 'Sept' : month.slice(0, 3)));

/** "2026-11-09" as "9 Nov 2026", "2026-04" as "Apr 2026", or with long months "November 2026". */
export function formatDate(date: string, month: 'short' | 'long' = 'short'): string {
  const [year, monthNumber, day] = date.split('-').map(Number);
  const name = (month === 'short' ? SHORT_MONTHS : LONG_MONTHS)[monthNumber! - 1];
  return day ? `${day} ${name} ${year}` : `${name} ${year}`;
}

const twoDigits = (value: number) => String(value).padStart(2, '0');

/** A moment in the reader's time zone, as British English writes it: "29 Nov 2026, 10:40". */
export function dateTime(moment: Date): string {
  return `${moment.getDate()} ${SHORT_MONTHS[moment.getMonth()]} ${moment.getFullYear()}, ${twoDigits(moment.getHours())}:${twoDigits(moment.getMinutes())}`;
}
