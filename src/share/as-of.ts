/** "2026-11" as "November 2026", the way the result and the decision record date their advice. */
export function monthOf(asOf: string): string {
  const [year, month] = asOf.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1)).toLocaleString('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
