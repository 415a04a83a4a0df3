import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type OpenGraph } from "../../src/graph/open-graph.js";
import { runBenchmark } from "../../bench/benchmark.js";
import { DEFAULT_SEED } from "../../bench/corpus/index.js";
import { type BenchResults } from "../../bench/report/results.js";
import { openTestGraph, resetGraph } from "../helpers/graph.js";

/**
 * The benchmark end to end on a small corpus against the suite's Neo4j: W1 with every
 * loader (P1's generated mutations included, over the whole corpus), the peers in their own
 * processes, the correctness gate, a short timing phase, and W2 (reads under ingestion).
 * No timing is asserted (this machine is shared); only that the peers agree with P0 and
 * that every timed response was free of errors. 10k meetings take minutes to load here
 * (see BENCHMARKS.md), so the smoke run uses 60.
 */
const SMOKE_MEETINGS = 60;

describe("the benchmark", () => {
  let graph: OpenGraph;
  let results: BenchResults;

  beforeAll(async () => {
    graph = await openTestGraph();
    await resetGraph(graph.executor);
    const neo4j = inject("neo4j");
    results = await runBenchmark({
      tier: "smoke",
      corpus: { seed: DEFAULT_SEED, meetings: SMOKE_MEETINGS },
      executor: graph.executor,
      neo4j: { ...neo4j, pageCache: "suite", heap: "suite" },
      warmUpIngest: false,
      concurrencies: [1, 4],
      seconds: 1,
      w2Connections: 4,
      log: () => {},
    });
    // P1's generated mutations are planned anew for every article: minutes on a busy machine.
  }, 1_200_000);

  afterAll(async () => {
    await resetGraph(graph.executor);
    await graph.close();
  });

  it("builds the same graph with every loader", () => {
    expect(results.ingest.map((f) => f.loader)).toEqual([
      "bare-unwind",
      "p1-mutations",
      "diplograph-1-writer",
      "diplograph-2-writers",
    ]);
    const [bare, ...others] = results.ingest;
    expect(bare?.nodes).toBeGreaterThan(0);
    for (const figure of others) {
      expect(figure.records).toBe(bare?.records);
      expect(figure.nodes).toBe(bare?.nodes);
      expect(figure.relationships).toBe(bare?.relationships);
    }
  });

  it("loads through P1's generated mutations and records their Cypher", () => {
    const p1 = results.ingest.find((f) => f.loader === "p1-mutations");
    expect(p1?.recordsPerSecond).toBeGreaterThan(0);
    // A lookup and a mutation per article, each several root fields: many statements each.
    expect(p1?.statements).toBeGreaterThan(2 * (p1?.records ?? Infinity));
    expect(p1?.generatedCypher?.some((c) => /CREATE \(/.test(c))).toBe(true);
  });

  it("times Q1 and Q3 idle and while diplograph's loader writes new records (W2)", () => {
    const w2 = results.readsUnderIngestion;
    // Counted from the writer process's reports: it ran, committed, and said from which seeds.
    expect(w2?.ingestion.records).toBeGreaterThan(0);
    expect(w2?.ingestion.seeds[0]).toBe(results.seed + 2);
    for (const condition of ["idle", "under W1"]) {
      for (const operation of ["Q1 busy 40y", "Q3 meeting"]) {
        for (const peer of ["diplograph", "p0"]) {
          const figure = w2?.figures.find(
            (f) => f.condition === condition && f.operation === operation && f.peer === peer,
          );
          const what = `${condition} ${operation} ${peer}: ${figure?.firstFailure}`;
          expect(figure?.requests, what).toBeGreaterThan(0);
          expect(figure?.failures, what).toBe(0);
          expect(figure?.p95, what).toBeGreaterThanOrEqual(figure?.p50 ?? Infinity);
          expect(figure?.clientLoopDelay.maxMs, what).toBeGreaterThan(0);
        }
      }
    }
    const ratio = w2?.q1P95Ratio.find((r) => r.peer === "diplograph")?.ratio;
    expect(ratio).toBeGreaterThan(0);
    expect(Number.isFinite(ratio)).toBe(true);
  });

  it("passes the correctness gate on every sampled parameter set", () => {
    expect(results.correctness.length).toBeGreaterThan(5);
    expect(results.correctness.filter((c) => !c.ok)).toEqual([]);
    // The gate compares real data: some timelines and meetings are not empty.
    expect(results.correctness.some((c) => c.rows > 1)).toBe(true);
  });

  it("times every operation against every peer without an error response", () => {
    const operations = new Set(results.timings.map((t) => t.operation));
    expect(operations).toEqual(
      new Set([
        "Q1 busy 1y",
        "Q1 busy 40y",
        "Q1 rare 40y",
        "Q2 dossier",
        "Q3 meeting",
        "Q4 stance matrix",
        "Q5 counterparts",
        "Q6 deep nest",
      ]),
    );
    for (const timing of results.timings) {
      expect(timing.requests, `${timing.peer} ${timing.operation}`).toBeGreaterThan(0);
      expect(timing.failures, `${timing.peer} ${timing.operation}: ${timing.firstFailure}`).toBe(0);
    }
    for (const peer of results.peers) expect(peer.peakRssMiB).toBeGreaterThan(0);
  });

  it("counts each peer's statements and db hits per request at its driver", () => {
    const of = (operation: string, peer: string) =>
      results.statements.find((s) => s.operation === operation && s.peer === peer)?.statements;
    const operations = [...new Set(results.timings.map((t) => t.operation))];
    for (const operation of operations) {
      expect(of(operation, "p0"), operation).toBe(1);
      // The floor of the stack runs P0's statement behind its one root field.
      expect(of(operation, "p0-graphql"), operation).toBe(1);
      expect(of(operation, "p1"), operation).toBe(1);
      // One per root field, with everything it selects: Q6's participants' own meetings
      // pages are projected by the statement of its root page.
      expect(of(operation, "diplograph"), operation).toBe(1);
    }
    // The naive peer asks once per parent and relation.
    for (const operation of ["Q2 dossier", "Q3 meeting", "Q5 counterparts", "Q6 deep nest"]) {
      expect(of(operation, "p2"), operation).toBeGreaterThan(5);
    }
    expect(results.dbHits).toHaveLength(results.statements.length);
    expect(
      results.dbHits.filter((d) => d.operation === "Q3 meeting").every((d) => d.dbHits > 0),
    ).toBe(true);
  });
});
