/**
 * What a field resolver returns: the value itself when the parent's statement projected
 * it, a promise only when it must be loaded. graphql-js completes an object synchronously
 * when none of its fields is a promise; a promise per field (an `async` resolver) costs
 * a promise for every object of a page and the microtasks to settle them, which was a
 * tenth of the API's CPU on a timeline page.
 */
export type MaybePromise<T> = T | Promise<T>;

/** `fn` of a value that may still be loading: synchronous when the value is there. */
export function mapMaybe<T, U>(value: MaybePromise<T>, fn: (value: T) => U): MaybePromise<U> {
  return value instanceof Promise ? value.then(fn) : fn(value);
}

/**
 * The value of a nested field: the one the parent's statement projected (returned as it
 * is), or, when it did not (undefined or null), the one the batch loader fetches for the
 * parent.
 */
export function prefetchedOr<T, Row>(
  value: T | null | undefined,
  load: () => Promise<Row | null>,
  pick: (row: Row) => T | null | undefined,
  fallback: T,
): MaybePromise<T> {
  if (value !== undefined && value !== null) return value;
  return load().then((row) => (row === null ? undefined : pick(row)) ?? fallback);
}

/** Distinct publishers among the articles that support a fact. */
export function countPublishers(sources: readonly { publisher: string | null }[]): number {
  return new Set(sources.map((s) => s.publisher).filter((p) => p !== null)).size;
}

/**
 * A nested part with arguments that a parent's statement projected, with the key of the
 * arguments it was planned for (see selection/field-arguments.ts).
 */
export interface Prefetched<T> {
  key: string;
  value: T;
}
