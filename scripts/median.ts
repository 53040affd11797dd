/** The middle value of `values` ranked by `by` (the upper middle of an even count), as each gate judges runs. */
export const median = <T>(values: T[], by: (value: T) => number): T =>
  [...values].sort((a, b) => by(a) - by(b))[Math.floor(values.length / 2)]!;
