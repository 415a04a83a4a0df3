import { type PeerName } from "../peers/peer-names.js";
import { renderProfileTables } from "./profile-table.js";
import { type BenchResults } from "./results.js";

const fmt = (n: number | null | undefined, digits = 1): string =>
  n === null || n === undefined || !Number.isFinite(n) ? "-" : n.toFixed(digits);
const ratio = (a: number | undefined, b: number | undefined): string =>
  a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0
    ? "-"
    : `${(a / b).toFixed(2)}x`;

function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(" | ")} |`,
    `|${header.map(() => "---").join("|")}|`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
  ].join("\n");
}

/** The run as Markdown tables: every figure with its ratio to P0 (and to P1 and P2 when they ran). */
export function renderReport(results: BenchResults): string {
  const peers = [...new Set(results.timings.map((t) => t.peer))];
  const subjects = peers.filter((p) => p !== "p0");
  const sections = [
    `### Run: tier ${results.tier} (${results.meetings} meetings, seed ${results.seed}), ${results.startedAt}`,
    `Machine: ${results.machine.cpus} × ${results.machine.cpuModel}, ${results.machine.memoryGiB} GiB, Node ${results.machine.node}; ` +
      `load average ${results.machine.loadAverage.map((l) => l.toFixed(1)).join(" / ")}; CPU pressure (PSI some avg60) ` +
      `${results.machine.cpuPressure.atStart ?? "-"}% at start, ${results.machine.cpuPressure.atEnd ?? "-"}% at end. ` +
      `Neo4j page cache ${results.neo4j.pageCache}, heap ${results.neo4j.heap}.`,
    ingestTable(results),
    latencyTable(results, peers, subjects),
    ...w2Sections(results),
    costTable(results, subjects),
    coldTable(results),
    peerTable(results),
    ...(results.profiles?.length ? [renderProfileTables(results.profiles)] : []),
  ];
  const failed = results.correctness.filter((c) => !c.ok);
  sections.push(
    `Correctness gate: ${results.correctness.length - failed.length}/${results.correctness.length} ` +
      `answers equal to P0` +
      (failed.length
        ? `; FAILED: ${failed.map((f) => `${f.peer} ${f.operation}: ${f.problem}`).join("; ")}`
        : "."),
  );
  return sections.join("\n\n");
}

function ingestTable(results: BenchResults): string {
  const of = (loader: string) => results.ingest.find((f) => f.loader === loader);
  const [bare, p1] = [of("bare-unwind"), of("p1-mutations")];
  return table(
    [
      "W1 loader",
      "records",
      "seconds",
      "records/s",
      "graph elements/s",
      "statements",
      "vs bare UNWIND",
      "vs P1 mutations",
    ],
    results.ingest.map((f) => [
      f.loader,
      String(f.records),
      fmt(f.seconds),
      fmt(f.recordsPerSecond),
      fmt(f.elementsPerSecond, 0),
      fmt(f.statements, 0),
      ratio(f.recordsPerSecond, bare?.recordsPerSecond),
      ratio(f.recordsPerSecond, p1?.recordsPerSecond),
    ]),
  );
}

/** W2: each read idle and under W1, their ratio, and what the writer did meanwhile. */
function w2Sections(results: BenchResults): string[] {
  const w2 = results.readsUnderIngestion;
  if (!w2) return [];
  const keys = [...new Set(w2.figures.map((f) => `${f.operation}|${f.peer}`))];
  const rows = keys.flatMap((key) => {
    const [operation, peer] = key.split("|");
    const of = (condition: string) =>
      w2.figures.find(
        (f) => f.operation === operation && f.peer === peer && f.condition === condition,
      );
    const [idle, loaded] = [of("idle"), of("under W1")];
    return (["p50", "p95", "p99", "requestsPerSecond"] as const).map((metric) => [
      operation ?? "",
      peer ?? "",
      metric === "requestsPerSecond" ? "req/s" : `${metric} ms`,
      fmt(idle?.[metric]),
      fmt(loaded?.[metric]),
      ratio(loaded?.[metric], idle?.[metric]),
      String((idle?.failures ?? 0) + (loaded?.failures ?? 0)),
    ]);
  });
  const { ingestion } = w2;
  const events = w2.figures
    .filter((f) => f.neo4jEvents)
    .map(
      (f) =>
        `${f.operation} ${f.peer} ${f.condition}: ${f.neo4jEvents!.stalePlans} / ` +
        `${f.neo4jEvents!.vmPauses} (${f.neo4jEvents!.vmPauseMs} ms)`,
    );
  const clientDelays = w2.figures.map(
    (f) =>
      `${f.operation} ${f.peer} ${f.condition}: ${fmt(f.clientLoopDelay.p99Ms, 1)} / ` +
      `${fmt(f.clientLoopDelay.maxMs, 1)}`,
  );
  const q1 = w2.q1P95Ratio.map((r) => `${r.peer} ${fmt(r.ratio, 2)}x`).join(", ");
  return [
    table(
      [
        `W2 (c=${w2.connections})`,
        "peer",
        "figure",
        "idle",
        "under W1",
        "under / idle",
        "failures",
      ],
      rows,
    ),
    `W2 writer (diplograph's loadRecords, 1 writer, new records of seeds ` +
      `${ingestion.seeds.join(", ")}): ${ingestion.records} records committed in ` +
      `${fmt(ingestion.seconds)} s of reads (${fmt(ingestion.recordsPerSecond)} records/s). ` +
      `Q1 p95 under W1 / idle: ${q1} (target for diplograph: at most 1.5x).`,
    ...(events.length === 0
      ? []
      : [
          `Neo4j's debug.log in each window, stale plans discarded (each replanned by the ` +
            `next request) / JVM pauses over 100 ms (their sum): ${events.join("; ")}.`,
        ]),
    ...(clientDelays.length === 0
      ? []
      : [
          `The timing client's event-loop delay in each window, p99 / max ms (what it adds ` +
            `to the latencies it stamps; the writer runs in a process of its own): ` +
            `${clientDelays.join("; ")}.`,
        ]),
  ];
}

/** Each ratio column: a peer against a reference peer. */
function ratioColumns(peers: PeerName[]): [PeerName, PeerName][] {
  const columns: [PeerName, PeerName][] = [];
  for (const reference of ["p0", "p1", "p1-cursor", "p2"] as PeerName[]) {
    if (!peers.includes(reference)) continue;
    for (const peer of peers) {
      if (peer === reference || peer === "p0") continue;
      // Against the library peers, only diplograph; against P0, every peer (P0-GraphQL's
      // ratio is the floor of the stack).
      if (reference !== "p0" && peer !== "diplograph") continue;
      columns.push([peer, reference]);
    }
  }
  return columns;
}

function latencyTable(results: BenchResults, peers: PeerName[], _subjects: PeerName[]): string {
  const rows: string[][] = [];
  const columns = ratioColumns(peers);
  const keys = [...new Set(results.timings.map((t) => `${t.operation}|${t.connections}`))];
  const top = String(Math.max(...results.timings.map((t) => t.connections)));
  for (const key of keys) {
    const [operation, connections] = key.split("|");
    const of = (peer: PeerName) =>
      results.timings.find(
        (t) =>
          t.operation === operation && String(t.connections) === connections && t.peer === peer,
      );
    for (const metric of ["p50", "p95", "p99", "requestsPerSecond"] as const) {
      if (metric === "requestsPerSecond" && connections !== top) continue;
      rows.push([
        operation ?? "",
        connections ?? "",
        metric === "requestsPerSecond" ? "req/s" : `${metric} ms`,
        ...peers.map((p) => fmt(of(p)?.[metric])),
        ...columns.map(([a, b]) => ratio(of(a)?.[metric], of(b)?.[metric])),
      ]);
    }
  }
  return table(
    ["operation", "conc.", "figure", ...peers, ...columns.map(([a, b]) => `${a} / ${b}`)],
    rows,
  );
}

/** Per operation and peer: statements and db hits of one request, API CPU per request. */
function costTable(results: BenchResults, subjects: PeerName[]): string {
  const operations = [...new Set(results.timings.map((t) => t.operation))];
  const peers: PeerName[] = ["p0", ...subjects];
  const middle =
    [...new Set(results.timings.map((t) => t.connections))].sort((a, b) => a - b)[1] ?? 1;
  const figure = <T extends { operation: string; peer: PeerName }>(
    rows: readonly T[],
    operation: string,
    peer: PeerName,
  ): T | undefined => rows.find((r) => r.operation === operation && r.peer === peer);
  const rows = operations.map((operation) => [
    operation,
    ...peers.map((p) => fmt(figure(results.statements, operation, p)?.statements, 0)),
    ...peers.map((p) => fmt(figure(results.dbHits, operation, p)?.dbHits, 0)),
    ...peers.map((p) =>
      fmt(
        results.timings.find(
          (t) => t.operation === operation && t.peer === p && t.connections === middle,
        )?.cpuMsPerRequest,
        2,
      ),
    ),
  ]);
  return table(
    [
      "operation",
      ...peers.map((p) => `${p} statements/req`),
      ...peers.map((p) => `${p} db hits/req`),
      ...peers.map((p) => `${p} API CPU ms/req`),
    ],
    rows,
  );
}

function coldTable(results: BenchResults): string {
  const peers = [...new Set(results.coldStarts.map((c) => c.peer))];
  const operations = [...new Set(results.coldStarts.map((c) => c.operation))];
  return table(
    ["first request (cold plan), ms", ...peers],
    operations.map((operation) => [
      operation,
      ...peers.map((p) =>
        fmt(
          results.coldStarts.find((c) => c.operation === operation && c.peer === p)?.firstRequestMs,
          0,
        ),
      ),
    ]),
  );
}

function peerTable(results: BenchResults): string {
  return table(
    ["peer", "start-up ms", "peak RSS MiB"],
    results.peers.map((p) => [p.name, fmt(p.startupMs, 0), fmt(p.peakRssMiB, 0)]),
  );
}
