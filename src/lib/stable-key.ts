/**
 * A string that is the same for equal values, whatever the order of object keys and
 * whether a missing value is absent, undefined or null: how two sets of GraphQL arguments
 * (plain objects from graphql-js, class instances from type-graphql) are compared.
 */
export function stableKey(value: unknown): string {
  return JSON.stringify(normalize(value)) ?? "null";
}

function normalize(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(normalize);
  if (typeof value !== "object") return value;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== null && v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => [k, normalize(v)]);
  return Object.fromEntries(entries);
}
