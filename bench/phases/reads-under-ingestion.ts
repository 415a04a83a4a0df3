import { monitorEventLoopDelay } from "node:perf_hooks";
import { type RunningWriter, spawnWriter } from "../ingest/spawn-writer.js";
import { machineCpuMs, processCpuMs } from "../load/cpu-time.js";
import { leftoverNote } from "./end-leftover-transactions.js";
import { neo4jLogEvents, type Neo4jLogEvents } from "./neo4j-log-events.js";
import { measureLatency, type LatencyFigure } from "../load/measure-latency.js";
import { type BenchNeo4j } from "../peers/bench-process.js";
import { type PeerName } from "../peers/peer-names.js";
import { type RunningPeer } from "../peers/spawn-peer.js";
import { type TimedOperation } from "./timing.js";

/** The reads W2 times, by the names of the timed operations: the timeline and one meeting. */
export const W2_OPERATIONS = ["Q1 busy 40y", "Q3 meeting"] as const;
/** diplograph, and P0 as the reference for what the shared database alone costs. */
export const W2_PEERS: readonly PeerName[] = ["diplograph", "p0"];

export type W2Condition = "idle" | "under W1";

export interface W2Figure extends LatencyFigure {
  operation: string;
  peer: PeerName;
  condition: W2Condition;
  /** Statements the window's requests left running in Neo4j, stopped after it. */
  leftoverTransactions: number;
  /** What Neo4j's debug.log says happened during the window (when the run can read it). */
  neo4jEvents?: Neo4jLogEvents;
  /**
   * How late the timing client's own event loop ran in the window, in ms: autocannon
   * stamps a response when this process reads it, so a busy client adds its delay to
   * the latencies it reports.
   */
  clientLoopDelay: { p99Ms: number; maxMs: number };
  /**
   * Where the machine's CPU went in the window, in cores (CPU ms per ms of the window):
   * the peer's process, the writer's (null idle), this process's (the timing client), and
   * the machine's busy cores (Neo4j and other tenants included) of its `machineCores`.
   */
  cpu: {
    peer: number;
    writer: number | null;
    client: number;
    machineBusy: number;
    machineCores: number;
  };
}

/** W2: reads idle and while diplograph's loader writes new records into the same graph. */
export interface W2Results {
  connections: number;
  seconds: number;
  figures: W2Figure[];
  /** The writer during the reads under W1: seeds of the new records, and what it committed. */
  ingestion: { seeds: number[]; records: number; seconds: number; recordsPerSecond: number };
  /** Q1's p95 under W1 divided by its p95 idle, per peer (the target: at most 1.5x). */
  q1P95Ratio: { peer: PeerName; ratio: number }[];
}

/**
 * Times Q1 (busy state, 40 years) and Q3 against diplograph and P0 at a fixed concurrency,
 * first idle, then while `loadRecords` (one writer, batches of 200, as `diplograph ingest`,
 * in a process of its own: bench/ingest/writer-process.ts) loads records of other seeds
 * than the loaded corpus, so that every batch really writes (new articles, meetings,
 * persons). The timed reads start once the first batch committed and the writer runs
 * until the last one ends. Every response is checked for errors. After
 * each window, the statements its abandoned requests left running are stopped (the writer's
 * are kept: they carry W2_WRITER), so that they do not slow the next window.
 */
export async function measureReadsUnderIngestion(args: {
  neo4j: BenchNeo4j;
  peers: readonly RunningPeer[];
  operations: readonly TimedOperation[];
  corpus: { seed: number; meetings: number };
  connections: number;
  seconds: number;
  endLeftovers(peer: RunningPeer): Promise<number>;
  /** Neo4j's debug.log, read for the plans discarded and the JVM's pauses in each window. */
  neo4jDebugLog?: string;
  log(line: string): void;
}): Promise<W2Results> {
  const operations = args.operations.filter((o) =>
    (W2_OPERATIONS as readonly string[]).includes(o.name),
  );
  const peers = args.peers.filter((p) => W2_PEERS.includes(p.name));
  const figures: W2Figure[] = [];
  const timeAll = async (condition: W2Condition, writer?: RunningWriter): Promise<void> => {
    for (const operation of operations) {
      for (const peer of peers) {
        const from = Date.now();
        const cpuBefore = cpuReadings(peer, writer);
        const loopDelay = monitorEventLoopDelay({ resolution: 10 });
        loopDelay.enable();
        const figure = await measureLatency({
          url: peer.url,
          requests: operation.samples.map((s) => s.request(peer.name)),
          connections: args.connections,
          seconds: args.seconds,
        });
        loopDelay.disable();
        const cpu = cpuShares(cpuBefore, cpuReadings(peer, writer));
        const clientLoopDelay = {
          p99Ms: loopDelay.percentile(99) / 1e6,
          maxMs: loopDelay.max / 1e6,
        };
        const to = Date.now();
        const leftoverTransactions = await args.endLeftovers(peer);
        const neo4jEvents = args.neo4jDebugLog
          ? neo4jLogEvents(args.neo4jDebugLog, from, to)
          : undefined;
        figures.push({
          ...figure,
          operation: operation.name,
          peer: peer.name,
          condition,
          leftoverTransactions,
          neo4jEvents,
          clientLoopDelay,
          cpu,
        });
        args.log(
          `  W2 ${condition} ${operation.name} c=${args.connections} ${peer.name}: ` +
            `p50 ${figure.p50} ms, p95 ${figure.p95} ms, ${figure.failures} failures, ` +
            `client's loop delay p99 ${clientLoopDelay.p99Ms.toFixed(1)} ms ` +
            `(max ${clientLoopDelay.maxMs.toFixed(1)}), cores: ${cpuNote(cpu)}` +
            leftoverNote(leftoverTransactions) +
            (neo4jEvents
              ? `; Neo4j: ${neo4jEvents.stalePlans} stale plans discarded, ` +
                `${neo4jEvents.vmPauses} JVM pauses (${neo4jEvents.vmPauseMs} ms)`
              : ""),
        );
      }
    }
  };
  args.log("W2: reads idle...");
  await timeAll("idle");
  args.log("W2: reads while diplograph's loader writes new records...");
  const ingestion = await whileIngesting(args, (writer) => timeAll("under W1", writer));
  return {
    connections: args.connections,
    seconds: args.seconds,
    figures,
    ingestion,
    q1P95Ratio: q1Ratios(figures),
  };
}

/**
 * Runs `work` while one writer, in a process of its own, loads new records; stops the
 * writer after its batch in flight.
 */
async function whileIngesting(
  args: {
    neo4j: BenchNeo4j;
    corpus: { seed: number; meetings: number };
  },
  work: (writer: RunningWriter) => Promise<void>,
): Promise<W2Results["ingestion"]> {
  const writer = spawnWriter({ neo4j: args.neo4j, request: { ...args.corpus, batchSize: 200 } });
  try {
    await writer.firstBatch;
  } catch (error) {
    await writer.stop().catch(() => undefined);
    throw error;
  }
  const from = performance.now();
  const committedBefore = writer.committed();
  let records = 0;
  let seconds = 0;
  try {
    await work(writer);
  } finally {
    // The writer's last batch may end after the reads: count what committed while they ran.
    records = writer.committed() - committedBefore;
    seconds = (performance.now() - from) / 1000;
  }
  const { seeds } = await writer.stop();
  return { seeds, records, seconds, recordsPerSecond: records / seconds };
}

interface CpuReading {
  at: number;
  peer: number;
  writer: number | null;
  client: number;
  machine: { busy: number; total: number };
}

function cpuReadings(peer: RunningPeer, writer: RunningWriter | undefined): CpuReading {
  return {
    at: performance.now(),
    peer: peer.cpuMs(),
    writer: writer?.cpuMs() ?? null,
    client: processCpuMs(process.pid),
    machine: machineCpuMs(),
  };
}

function cpuShares(before: CpuReading, after: CpuReading): W2Figure["cpu"] {
  const wall = after.at - before.at;
  const machineTotal = after.machine.total - before.machine.total;
  return {
    peer: (after.peer - before.peer) / wall,
    writer:
      after.writer === null || before.writer === null
        ? null
        : (after.writer - before.writer) / wall,
    client: (after.client - before.client) / wall,
    machineBusy: (after.machine.busy - before.machine.busy) / wall,
    machineCores: machineTotal / wall,
  };
}

function cpuNote(cpu: W2Figure["cpu"]): string {
  const f = (n: number): string => n.toFixed(2);
  return (
    `peer ${f(cpu.peer)}, ` +
    (cpu.writer === null ? "" : `writer ${f(cpu.writer)}, `) +
    `client ${f(cpu.client)}, machine busy ${f(cpu.machineBusy)} of ${f(cpu.machineCores)}`
  );
}

function q1Ratios(figures: readonly W2Figure[]): W2Results["q1P95Ratio"] {
  const q1 = figures.filter((f) => f.operation === W2_OPERATIONS[0]);
  return [...new Set(q1.map((f) => f.peer))].map((peer) => {
    const p95 = (condition: W2Condition) =>
      q1.find((f) => f.peer === peer && f.condition === condition)?.p95 ?? NaN;
    return { peer, ratio: p95("under W1") / p95("idle") };
  });
}
