import type { Load } from '../src/rules/rules';

/** A copy of a table with one value at a dotted path replaced, or deleted when `value` is undefined. */
export function damaged(table: unknown, path: string, value: unknown): unknown {
  const data: unknown = structuredClone(table);
  const keys = path.split('.');
  const last = keys.pop()!;
  const parent = keys.reduce<Record<string, unknown>>(
    (node, key) => node[key] as Record<string, unknown>,
    data as never,
  );
  if (value === undefined) Reflect.deleteProperty(parent, last);
  else parent[last] = value;
  return data;
}

/** The problems a loader reports for some data, or none. */
export const problemsOf = (load: (data: unknown) => Load<unknown>, data: unknown): string[] => {
  const result = load(data);
  return result.ok ? [] : result.problems;
};
