/** Capitalises the first letter, as a sentence starts. */
export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

// Templates are few and fixed, so each is split into literal and placeholder parts once.
const templateParts = new Map<string, string[]>();
/** Fills a sentence template's {placeholders} and capitalises the result. */
export function fill(template: string, values: Record<string, string>): string {
  let parts = templateParts.get(template);
  // Stryker disable next-line ConditionalExpression: a cache; splitting again gives the same parts
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    templateParts.set(template, parts);
  }
  // split() puts the placeholder names at the odd positions.
  const filled = parts.map((part, i) => (i % 2 === 1 ? (values[part] ?? '') : part)).join('');
  return capitalise(filled);
}

/** "a, b and c". */
export const listed = (phrases: string[]) =>
  phrases.length < 2 ? (phrases[0] ?? '') : `${phrases.slice(0, -1).join(', ')} and ${phrases.at(-1)}`;
