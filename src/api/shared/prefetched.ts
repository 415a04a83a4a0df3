/**
 * The value of a nested field: the one the parent's statement projected, or, when
 * it did not (undefined or null), the one the batch loader fetches for the parent.
 */
export async function prefetchedOr<T, Row>(
  value: T | null | undefined,
  load: () => Promise<Row | null>,
  pick: (row: Row) => T | null | undefined,
  fallback: T,
): Promise<T> {
  if (value !== undefined && value !== null) return value;
  const row = await load();
  return (row === null ? undefined : pick(row)) ?? fallback;
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
