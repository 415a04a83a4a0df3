// Where one meeting's request (Q3) spends its time, P0 against diplograph:
//   NODE_ENV=production npx tsx bench/q3-split.ts [--tier 10k] [--meetings 3000] [--ids 40] [--rounds 30]
// Starts a Neo4j of its own, loads the corpus through diplograph's loader, and serves P0 and
// the API in this process. For a sample of meetings, interleaved, it times each peer's
// statement three ways: Neo4j's own time (the result summary), the statement through the
// driver in a managed read transaction as both peers run it, and the whole request over
// HTTP; and this process's CPU per HTTP request (client included: the same fetch for
// both). The HTTP time less the driver time is each peer's HTTP and GraphQL layer.
// NODE_ENV=production as in the benchmark's peers: graphql-js checks it when it loads.
import "reflect-metadata";
import { parseArgs } from "node:util";
import { startBenchNeo4j } from "./bench-neo4j.js";
import { DEFAULT_SEED, tierNamed, TIERS } from "./corpus/index.js";
import { benchCypher } from "./cypher/index.js";
import { compareLoaders } from "./ingest/measure-ingest.js";
import { median } from "./load/quantiles.js";
import { Q3_MEETING } from "./operations/graphql-documents.js";
import { startP0Server } from "./peers/p0-server.js";
import { startRecordingApi } from "./peers/recording-api.js";
import { type SentStatement } from "./peers/recording-driver.js";

if (process.env.NODE_ENV !== "production") {
  throw new Error("run with NODE_ENV=production, as the benchmark's peers run");
}
const { values } = parseArgs({
  options: {
    tier: { type: "string", default: "10k" },
    meetings: { type: "string", default: "3000" },
    ids: { type: "string", default: "40" },
    rounds: { type: "string", default: "30" },
  },
});
const tier = tierNamed(values.tier ?? "10k");

type Peer = "p0" | "diplograph";
interface Samples {
  neo4j: number[];
  driver: number[];
  http: number[];
  cpuMicros: number;
}

const db = await startBenchNeo4j(tier);
try {
  await compareLoaders({
    executor: db.graph.executor,
    loaders: ["diplograph-1-writer"],
    corpus: { seed: DEFAULT_SEED, meetings: Number(values.meetings ?? TIERS[tier]) },
    warmUp: false,
    log: (line) => console.error(line),
  });
  const { driver, database } = db.graph.executor;
  const api = await startRecordingApi(db.graph.executor);
  const { log } = api;
  const p0 = await startP0Server({ driver, database, host: "127.0.0.1" });
  try {
    const ids = await sampleMeetingIds(Number(values.ids));
    const requests: Record<Peer, (id: string) => Promise<number>> = {
      p0: (id) => post(`${p0.url}/q3`, { id }),
      diplograph: (id) => post(`${api.url}/graphql`, { query: Q3_MEETING, variables: { id } }),
    };
    const statements: Record<Peer, Map<string, SentStatement>> = {
      p0: new Map(ids.map((id) => [id, { text: benchCypher("p0/q3-meeting"), params: { id } }])),
      diplograph: new Map(),
    };
    for (const id of ids) {
      log.recording = true;
      log.recorded = [];
      await requests.diplograph(id);
      log.recording = false;
      if (log.recorded.length !== 1) throw new Error(`Q3 sent ${log.recorded.length} statements`);
      statements.diplograph.set(id, log.recorded[0]!);
    }
    const samples: Record<Peer, Samples> = {
      p0: { neo4j: [], driver: [], http: [], cpuMicros: 0 },
      diplograph: { neo4j: [], driver: [], http: [], cpuMicros: 0 },
    };
    for (let round = 0; round < Number(values.rounds); round++) {
      for (const id of ids) {
        for (const peer of ["p0", "diplograph"] as const) {
          const s = samples[peer];
          const run = await runDirect(statements[peer].get(id)!);
          s.neo4j.push(run.neo4j);
          s.driver.push(run.wall);
          const cpu = process.cpuUsage();
          s.http.push(await requests[peer](id));
          const used = process.cpuUsage(cpu);
          s.cpuMicros += used.user + used.system;
        }
      }
    }
    printReport(samples);
  } finally {
    await p0.close();
    await api.close();
  }
} finally {
  await db.close();
}

async function sampleMeetingIds(count: number): Promise<string[]> {
  const { records } = await db.graph.executor.driver.executeQuery(
    benchCypher("sample/meeting-ids"),
    { limit: count },
    { database: db.graph.executor.database },
  );
  return records.map((r) => String(r.get("id")));
}

/** Milliseconds until the whole answer has been read. */
async function post(url: string, body: unknown): Promise<number> {
  const began = performance.now();
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  await response.text();
  return performance.now() - began;
}

/** One statement as the peers run it: its wall time here, and Neo4j's own (whole ms). */
async function runDirect(statement: SentStatement): Promise<{ wall: number; neo4j: number }> {
  const { driver, database } = db.graph.executor;
  const session = driver.session({ database, defaultAccessMode: "READ" });
  const began = performance.now();
  try {
    const result = await session.executeRead((tx) => tx.run(statement.text, statement.params));
    const wall = performance.now() - began;
    const { resultAvailableAfter, resultConsumedAfter } = result.summary;
    return { wall, neo4j: Number(resultAvailableAfter) + Number(resultConsumedAfter) };
  } finally {
    await session.close();
  }
}

function printReport(samples: Record<Peer, Samples>): void {
  const row = (label: string, figure: (s: Samples) => number): void => {
    const [p0, dg] = [figure(samples.p0), figure(samples.diplograph)];
    console.log(`| ${label} | ${p0.toFixed(2)} | ${dg.toFixed(2)} | ${(dg / p0).toFixed(2)}x |`);
  };
  const requests = samples.p0.http.length;
  console.log(`Q3, ${requests} requests per peer, medians in ms:\n`);
  console.log("| figure | p0 | diplograph | diplograph / p0 |");
  console.log("| --- | --- | --- | --- |");
  row("Neo4j's own time (summary, whole ms)", (s) => median(s.neo4j));
  row("the statement through the driver", (s) => median(s.driver));
  row("the request over HTTP", (s) => median(s.http));
  row("HTTP less driver: the API's layers", (s) => median(s.http) - median(s.driver));
  row("CPU ms per HTTP request (this process)", (s) => s.cpuMicros / requests / 1000);
}
