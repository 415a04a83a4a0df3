import { readFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { type GraphExecutor } from "../src/graph/executor.js";
import { benchmarkStates, buildWorld } from "./corpus/index.js";
import { benchCypher } from "./cypher/index.js";
import { INGEST_LOADERS, compareLoaders, type IngestLoader } from "./ingest/measure-ingest.js";
import { meetingOperation, timelineOperation, type Operation } from "./operations/operations.js";
import { ask, checkCorrectness, warmUp } from "./phases/correctness.js";
import { profileDbHits } from "./phases/db-hits.js";
import { countStatements, measureTimings, type TimedOperation } from "./phases/timing.js";
import { PEER_NAMES } from "./peers/peer-names.js";
import { spawnPeer, type RunningPeer } from "./peers/spawn-peer.js";
import { type BenchResults } from "./report/results.js";

/** What one run does, against a Neo4j that is already up and migrated. */
export interface BenchmarkOptions {
  tier: string;
  corpus: { seed: number; meetings: number };
  executor: GraphExecutor;
  neo4j: { uri: string; user: string; password: string; pageCache: string; heap: string };
  loaders?: readonly IngestLoader[];
  /** Load a small corpus of another seed with every loader first (default true). */
  warmUpIngest?: boolean;
  concurrencies: readonly number[];
  seconds: number;
  log(line: string): void;
}

/** Thrown when a peer's answers differ from P0's: nothing is timed then. */
export class CorrectnessGateError extends Error {
  override name = "CorrectnessGateError";
}

/**
 * W1 (each loader into an emptied graph; the last one's graph stays), then the peers in
 * processes of their own, the correctness gate, statement counts, PROFILE db hits, and
 * the timed operations. Leaves the graph loaded; the caller resets or discards it.
 */
export async function runBenchmark(options: BenchmarkOptions): Promise<BenchResults> {
  const { executor, log } = options;
  const startedAt = new Date().toISOString();
  const pressureAtStart = cpuPressure();
  const ingest = await compareLoaders({
    executor,
    loaders: options.loaders ?? INGEST_LOADERS,
    corpus: options.corpus,
    warmUp: options.warmUpIngest,
    log,
  });
  const peers: RunningPeer[] = [];
  try {
    for (const name of PEER_NAMES) peers.push(await spawnPeer({ name, neo4j: options.neo4j }));
    const { q1, q3, extra } = await planOperations(options);
    log("warm-up (plan compilation)...");
    const coldStarts = await warmUp(peers, [...q1, ...extra, ...q3]);
    log("correctness gate...");
    const correctness = await checkCorrectness(peers, [...q1, ...extra, ...q3]);
    const failed = correctness.filter((c) => !c.ok);
    for (const f of failed) log(`  GATE FAILED ${f.peer} ${f.operation}: ${f.problem}`);
    if (failed.some((f) => f.peer === "diplograph")) {
      throw new CorrectnessGateError(
        failed.map((f) => `${f.peer} ${f.operation}: ${f.problem}`).join("\n"),
      );
    }
    // A peer that disagrees with P0 is reported and not timed: its figures would mean nothing.
    const passed = peers.filter((p) => !failed.some((f) => f.peer === p.name));
    const timed: TimedOperation[] = [
      ...q1.map((op) => ({ name: op.name, samples: [op] })),
      { name: "Q3 meeting", samples: q3 },
    ];
    const statements = await countStatements(passed, timed, ask);
    const generatedCypher = await Promise.all(
      peers
        .filter((p) => p.name === "p1" || p.name === "p1-cursor")
        .map(async (p) => ({ peer: p.name, statements: await p.generatedCypher() })),
    );
    const dbHits = await profileP0(executor, timed);
    log("timing...");
    const timings = await measureTimings({ ...options, peers: passed, operations: timed });
    return {
      tier: options.tier,
      meetings: options.corpus.meetings,
      seed: options.corpus.seed,
      startedAt,
      seconds: options.seconds,
      machine: { ...machine(), cpuPressure: { atStart: pressureAtStart, atEnd: cpuPressure() } },
      neo4j: {
        pageCache: options.neo4j.pageCache,
        heap: options.neo4j.heap,
        settings: await neo4jSettings(executor),
      },
      ingest,
      peers: peers.map((p) => ({
        name: p.name,
        startupMs: p.startupMs,
        peakRssMiB: p.peakRssMiB(),
      })),
      correctness,
      coldStarts,
      statements,
      generatedCypher,
      dbHits,
      timings,
    };
  } finally {
    for (const peer of peers) await peer.stop();
  }
}

/** Q1 in three variants, Q3 over sampled meetings, and more Q1 states for the gate. */
async function planOperations(
  options: BenchmarkOptions,
): Promise<{ q1: Operation[]; q3: Operation[]; extra: Operation[] }> {
  const world = buildWorld(options.corpus.seed);
  const { busy, rare } = benchmarkStates(world);
  const { records } = await options.executor.driver.executeQuery(
    benchCypher("sample/meeting-ids"),
    { limit: 10 },
    { database: options.executor.database },
  );
  const fortyYears = (name: string, country: string): Operation =>
    timelineOperation({ name, country, fromYear: 1986, toYear: 2025 });
  return {
    q1: [
      timelineOperation({ name: "Q1 busy 1y", country: busy, fromYear: 2020, toYear: 2020 }),
      fortyYears("Q1 busy 40y", busy),
      fortyYears("Q1 rare 40y", rare),
    ],
    q3: records.map((r, i) => meetingOperation({ name: `Q3 #${i}`, id: String(r.get("id")) })),
    extra: world.countries.slice(1, 4).map((c) => fortyYears(`Q1 ${c.code} 40y`, c.code)),
  };
}

async function profileP0(
  executor: GraphExecutor,
  timed: TimedOperation[],
): Promise<BenchResults["dbHits"]> {
  const hits: BenchResults["dbHits"] = [];
  for (const operation of timed) {
    const sample = operation.samples[0];
    if (!sample) continue;
    const { path, body } = sample.request("p0");
    hits.push({
      operation: operation.name,
      peer: "p0",
      dbHits: await profileDbHits({
        driver: executor.driver,
        database: executor.database,
        statement: path === "/q1" ? "p0/q1-timeline" : "p0/q3-meeting",
        params: JSON.parse(body) as Record<string, unknown>,
      }),
    });
  }
  return hits;
}

const SETTINGS = [
  "server.memory.pagecache.size",
  "server.memory.heap.max_size",
  "server.memory.heap.initial_size",
  "db.tx_log.rotation.retention_policy",
  "server.bolt.thread_pool_max_size",
];

async function neo4jSettings(executor: GraphExecutor): Promise<Record<string, string>> {
  const { records } = await executor.driver.executeQuery(
    benchCypher("sample/neo4j-config"),
    { names: SETTINGS },
    { database: executor.database },
  );
  return Object.fromEntries(records.map((r) => [String(r.get("name")), String(r.get("value"))]));
}

/** The share of time some task waited for a CPU (PSI, /proc/pressure/cpu, avg60). */
function cpuPressure(): number | null {
  try {
    const line = readFileSync("/proc/pressure/cpu", "utf8");
    return Number(/avg60=([\d.]+)/.exec(line)?.[1] ?? NaN);
  } catch {
    return null;
  }
}

function machine(): Omit<BenchResults["machine"], "cpuPressure"> {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? "",
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    loadAverage: loadavg(),
  };
}
