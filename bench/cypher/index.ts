import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type GraphExecutor } from "../../src/graph/executor.js";

/**
 * The benchmark's own Cypher, one named statement per file under bench/cypher/, read
 * once at start: a missing file fails the run before any timing.
 */
export const BENCH_QUERY_NAMES = [
  "admin/running-transactions",
  "admin/terminate-transactions",
  "bare/merge-articles",
  "bare/merge-countries",
  "bare/merge-persons",
  "bare/merge-offices",
  "bare/merge-meetings",
  "bare/merge-topics",
  "bare/merge-positions",
  "bare/merge-quotes",
  "p0/q1-timeline",
  "p0/q2-dossier",
  "p0/q3-meeting",
  "p0/q4-stance-matrix",
  "p0/q5-counterparts",
  "p0/q6-deep",
  "p2/leader-by-id",
  "p2/leader-counterparts",
  "p2/leader-meetings",
  "p2/leader-office",
  "p2/leader-positions",
  "p2/meeting-by-id",
  "p2/meeting-countries",
  "p2/meeting-evidence",
  "p2/meeting-participants",
  "p2/meeting-positions",
  "p2/meeting-quotes",
  "p2/meeting-sources",
  "p2/meetings-page",
  "p2/position-holders",
  "p2/position-speakers",
  "p2/position-topic",
  "p2/quote-speaker",
  "p2/sentence-article",
  "p2/topic-by-id",
  "p2/topic-stance-matrix",
  "reset/delete-relationships",
  "sample/country-degrees",
  "sample/leader-ids",
  "sample/meeting-ids",
  "sample/neo4j-config",
  "sample/topic-ids",
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

/** The ids a sample statement picks (meetings, leaders, topics): the parameter sets of Q2-Q5. */
export async function sampleIds(
  executor: GraphExecutor,
  statement: "sample/meeting-ids" | "sample/leader-ids" | "sample/topic-ids",
  limit: number,
): Promise<string[]> {
  const { records } = await executor.driver.executeQuery(
    benchCypher(statement),
    { limit },
    { database: executor.database },
  );
  return records.map((r) => String(r.get("id")));
}
