/**
 * What every object the API returns carries besides its GraphQL fields: the `asOf`
 * day of the query that produced it, so that nested fields answer as of the same day.
 * Nested parts a statement did not project are `undefined`; null means "projected, empty".
 */
export interface Stamped {
  asOf?: string | null;
}

/** Sets `asOf` on every plain object of a result, nested ones included. */
export function stampAsOf<T>(value: T, asOf: string | null): T {
  if (Array.isArray(value)) {
    for (const item of value) stampAsOf(item, asOf);
  } else if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    for (const child of Object.values(record)) stampAsOf(child, asOf);
    record.asOf = asOf;
  }
  return value;
}
