import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The benchmark's own Cypher, one named statement per file under bench/cypher/, read
 * once at start: a missing file fails the run before any timing.
 */
export const BENCH_QUERY_NAMES = [
  "bare/merge-articles",
  "bare/merge-countries",
  "bare/merge-persons",
  "bare/merge-offices",
  "bare/merge-meetings",
  "bare/merge-topics",
  "bare/merge-positions",
  "bare/merge-quotes",
  "p0/q1-timeline",
  "p0/q3-meeting",
  "sample/meeting-ids",
  "sample/neo4j-config",
] as const;

export type BenchQueryName = (typeof BENCH_QUERY_NAMES)[number];

let loaded: Readonly<Record<BenchQueryName, string>> | undefined;

/** The text of a benchmark statement by name. */
export function benchCypher(name: BenchQueryName): string {
  loaded ??= Object.freeze(
    Object.fromEntries(
      BENCH_QUERY_NAMES.map((n) => [
        n,
        readFileSync(join(import.meta.dirname, `${n}.cypher`), "utf8"),
      ]),
    ) as Record<BenchQueryName, string>,
  );
  return loaded[name];
}
