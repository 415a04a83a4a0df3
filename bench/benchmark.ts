import { readFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { type GraphExecutor } from "../src/graph/executor.js";
import { endLeftoverTransactions } from "./phases/end-leftover-transactions.js";
import { projectPath } from "../src/lib/paths.js";
import { benchmarkStates, buildWorld, FIRST_YEAR, LAST_YEAR } from "./corpus/index.js";
import { benchCypher, sampleIds } from "./cypher/index.js";
import { INGEST_LOADERS, compareLoaders, type IngestLoader } from "./ingest/measure-ingest.js";
import { counterpartsOperation } from "./operations/counterparts.js";
import { deepNestOperation } from "./operations/deep-nest.js";
import { dossierOperation } from "./operations/dossier.js";
import {
  meetingOperation,
  timelineOperation,
  timelinePages,
  type Operation,
} from "./operations/operations.js";
import { stanceMatrixOperation } from "./operations/stance-matrix.js";
import { ask, checkCorrectness, warmUp } from "./phases/correctness.js";
import { measureReadsUnderIngestion } from "./phases/reads-under-ingestion.js";
import { measureStatements } from "./phases/statements.js";
import { measureTimings, type TimedOperation } from "./phases/timing.js";
import { PEER_NAMES, type PeerName } from "./peers/peer-names.js";
import { spawnPeer, type RunningPeer } from "./peers/spawn-peer.js";
import { summarisePeerProfiles } from "./profile/peer-profiles.js";
import { type BenchResults } from "./report/results.js";

/** What one run does, against a Neo4j that is already up and migrated. */
export interface BenchmarkOptions {
  tier: string;
  corpus: { seed: number; meetings: number };
  executor: GraphExecutor;
  neo4j: { uri: string; user: string; password: string; pageCache: string; heap: string };
  loaders?: readonly IngestLoader[];
  /** W1 through P1's generated mutations loads only this many records (default all). */
  p1Records?: number;
  /** Load a small corpus of another seed with every loader first (default true). */
  warmUpIngest?: boolean;
  /** The peers to run (default all); P0 always runs: the gate and the ratios need it. */
  peers?: readonly PeerName[];
  /** Only the timed operations whose names start with one of these (default all). */
  operations?: readonly string[];
  concurrencies: readonly number[];
  seconds: number;
  /** Run the peers under V8's CPU profiler, writing their profiles and flame graphs here. */
  profileDir?: string;
  /** The run's time stamp (default now). */
  startedAt?: Date;
  /** W2's concurrency (default 8); null leaves W2 out. */
  w2Connections?: number | null;
  /** Neo4j's debug.log: W2 reports the stale plans and JVM pauses of each window. */
  neo4jDebugLog?: string;
  log(line: string): void;
}

/** Thrown when a peer's answers differ from P0's: nothing is timed then. */
export class CorrectnessGateError extends Error {
  override name = "CorrectnessGateError";
}

/**
 * W1 (each loader into an emptied graph; the last one's graph stays), then the peers in
 * processes of their own, the correctness gate, statement counts, PROFILE db hits, the
 * timed operations, and last W2 (Q1 and Q3 idle and while new records load, which grows
 * the graph). Leaves the graph loaded; the caller resets or discards it.
 */
export async function runBenchmark(options: BenchmarkOptions): Promise<BenchResults> {
  const { executor, log } = options;
  const startedAt = (options.startedAt ?? new Date()).toISOString();
  const pressureAtStart = cpuPressure();
  const ingest = await compareLoaders({
    executor,
    loaders: options.loaders ?? INGEST_LOADERS,
    corpus: options.corpus,
    warmUp: options.warmUpIngest,
    p1Records: options.p1Records,
    log,
  });
  const peers: RunningPeer[] = [];
  let results: BenchResults;
  try {
    for (const name of PEER_NAMES.filter(
      (n) => n === "p0" || !options.peers || options.peers.includes(n),
    )) {
      peers.push(await spawnPeer({ name, neo4j: options.neo4j, profileDir: options.profileDir }));
    }
    const { timed, extra } = await planOperations(options);
    const sampled = [...timed.flatMap((t) => t.samples), ...extra];
    log("warm-up (plan compilation)...");
    const coldStarts = await warmUp(peers, sampled);
    log("correctness gate...");
    const correctness = await checkCorrectness(peers, sampled);
    const failed = correctness.filter((c) => !c.ok);
    for (const f of failed) log(`  GATE FAILED ${f.peer} ${f.operation}: ${f.problem}`);
    if (failed.some((f) => f.peer === "diplograph")) {
      throw new CorrectnessGateError(
        failed.map((f) => `${f.peer} ${f.operation}: ${f.problem}`).join("\n"),
      );
    }
    // A peer that disagrees with P0 is reported and not timed: its figures would mean nothing.
    const passed = peers.filter((p) => !failed.some((f) => f.peer === p.name));
    log("statements and db hits (untimed)...");
    const costs = await measureStatements(passed, timed, ask);
    const generatedCypher = await Promise.all(
      peers
        .filter((p) => p.name === "p1" || p.name === "p1-cursor")
        .map(async (p) => ({ peer: p.name, statements: await p.generatedCypher() })),
    );
    const drainPeer = (peer: RunningPeer): Promise<number> =>
      endLeftoverTransactions({
        executor,
        statementsStarted: () => peer.statements(),
        warn: log,
      });
    log("timing...");
    const timings = await measureTimings({
      ...options,
      peers: passed,
      operations: timed,
      endLeftovers: drainPeer,
    });
    const w2Connections = options.w2Connections === undefined ? 8 : options.w2Connections;
    const readsUnderIngestion =
      w2Connections === null
        ? null
        : await measureReadsUnderIngestion({
            ...options,
            peers: passed,
            operations: timed,
            connections: w2Connections,
            endLeftovers: drainPeer,
          });
    results = {
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
      statements: costs.map(({ operation, peer, statements }) => ({ operation, peer, statements })),
      generatedCypher,
      dbHits: costs.map(({ operation, peer, dbHits }) => ({ operation, peer, dbHits })),
      timings,
      readsUnderIngestion,
    };
  } finally {
    for (const peer of peers) await peer.stop();
  }
  // The profiles are written as the peers exit, so only now can they be read.
  if (options.profileDir) {
    log("CPU profiles...");
    results.profiles = summarisePeerProfiles({
      peers: passed(peers, results).map((p) => ({
        peer: p.name,
        file: p.cpuProfile ?? "",
        windows: results.timings.filter((t) => t.peer === p.name).map((t) => t.clock),
        requests: results.timings
          .filter((t) => t.peer === p.name)
          .reduce((sum, t) => sum + t.requests, 0),
      })),
      projectRoot: projectPath(),
      log,
    });
  }
  return results;
}

/** The peers that were timed (those that passed the correctness gate). */
function passed(peers: readonly RunningPeer[], results: BenchResults): RunningPeer[] {
  return peers.filter((p) => results.timings.some((t) => t.peer === p.name));
}

/** The last 20 years of the corpus: the range of Q4 and Q5. */
export const RECENT = { fromYear: 2006, toYear: 2025 };
/** The last five years: Q6's range, wide enough for a nest at small cuts. */
export const LAST_FIVE = { fromYear: 2021, toYear: 2025 };

/**
 * The timed operations, each with the parameter sets its requests rotate over: Q1 in three
 * variants, Q2 and Q5 over the busiest leaders, Q3 over sampled meetings, Q4 over the
 * topics with most positions, Q6 for the busiest state. `extra` are more parameter sets for
 * the correctness gate only.
 */
async function planOperations(
  options: BenchmarkOptions,
): Promise<{ timed: TimedOperation[]; extra: Operation[] }> {
  const world = buildWorld(options.corpus.seed);
  const { busy } = benchmarkStates(world);
  const [meetings, leaders, topics] = [
    await sampleIds(options.executor, "sample/meeting-ids", 10),
    await sampleIds(options.executor, "sample/leader-ids", 3),
    await sampleIds(options.executor, "sample/topic-ids", 3),
  ];
  const fortyYears = (name: string, country: string): Operation =>
    timelineOperation({ name, country, fromYear: FIRST_YEAR, toYear: LAST_YEAR });
  const q1 = timelinePages(world);
  const others = world.countries.slice(1, 4).map((c) => c.code);
  const chosen = (name: string): boolean =>
    !options.operations || options.operations.some((prefix) => name.startsWith(prefix));
  const all = {
    timed: [
      ...q1.map((op) => ({ name: op.name, samples: [op] })),
      {
        name: "Q2 dossier",
        samples: leaders.map((id, i) => dossierOperation({ name: `Q2 #${i}`, id })),
      },
      {
        name: "Q3 meeting",
        samples: meetings.map((id, i) => meetingOperation({ name: `Q3 #${i}`, id })),
      },
      {
        name: "Q4 stance matrix",
        samples: topics.map((topic, i) =>
          stanceMatrixOperation({ name: `Q4 #${i}`, topic, ...RECENT }),
        ),
      },
      {
        name: "Q5 counterparts",
        samples: leaders.map((id, i) => counterpartsOperation({ name: `Q5 #${i}`, id, ...RECENT })),
      },
      {
        name: "Q6 deep nest",
        samples: [deepNestOperation({ name: "Q6 busy 5y", country: busy, ...LAST_FIVE })],
      },
    ],
    extra: [
      ...others.map((code) => fortyYears(`Q1 ${code} 40y`, code)),
      ...others.map((code) =>
        deepNestOperation({ name: `Q6 ${code} 5y`, country: code, ...LAST_FIVE }),
      ),
    ],
  };
  return {
    timed: all.timed.filter((t) => chosen(t.name)),
    extra: all.extra.filter((o) => chosen(o.name)),
  };
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
