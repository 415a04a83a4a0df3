/**
 * The q-quantile of times sorted ascending, by the nearest rank at or below (p50, p95 and
 * p99 of a timing window); NaN when there are none.
 */
export function quantileOfSorted(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

/** The median of some times, in any order (repeated measurements of one thing). */
export function median(times: readonly number[]): number {
  return quantileOfSorted(
    [...times].sort((a, b) => a - b),
    0.5,
  );
}
