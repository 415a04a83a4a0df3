import { type ArticleRecord } from "../../src/domain/record.js";
import { type GraphExecutor } from "../../src/graph/executor.js";
import { corpusRecords, loadWithWriters } from "../ingest/measure-ingest.js";
import { leftoverNote, W2_WRITER } from "./end-leftover-transactions.js";
import { neo4jLogEvents, type Neo4jLogEvents } from "./neo4j-log-events.js";
import { measureLatency, type LatencyFigure } from "../load/measure-latency.js";
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
 * first idle, then while `loadRecords` (one writer, batches of 200, as `diplograph ingest`)
 * loads records of other seeds than the loaded corpus, so that every batch really writes
 * (new articles, meetings, persons). The timed reads start once the first batch committed
 * and the writer runs until the last one ends. Every response is checked for errors. After
 * each window, the statements its abandoned requests left running are stopped (the writer's
 * are kept: they carry W2_WRITER), so that they do not slow the next window.
 */
export async function measureReadsUnderIngestion(args: {
  executor: GraphExecutor;
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
  const timeAll = async (condition: W2Condition): Promise<void> => {
    for (const operation of operations) {
      for (const peer of peers) {
        const from = Date.now();
        const figure = await measureLatency({
          url: peer.url,
          requests: operation.samples.map((s) => s.request(peer.name)),
          connections: args.connections,
          seconds: args.seconds,
        });
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
        });
        args.log(
          `  W2 ${condition} ${operation.name} c=${args.connections} ${peer.name}: ` +
            `p50 ${figure.p50} ms, p95 ${figure.p95} ms, ${figure.failures} failures` +
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
  const ingestion = await whileIngesting(args, () => timeAll("under W1"));
  return {
    connections: args.connections,
    seconds: args.seconds,
    figures,
    ingestion,
    q1P95Ratio: q1Ratios(figures),
  };
}

/** Runs `work` while one writer loads new records; stops the writer after its batch. */
async function whileIngesting(
  args: { executor: GraphExecutor; corpus: { seed: number; meetings: number } },
  work: () => Promise<void>,
): Promise<W2Results["ingestion"]> {
  const seeds: number[] = [];
  let stop = false;
  let committed = 0;
  let firstBatch: () => void = () => {};
  const started = new Promise<void>((resolve) => (firstBatch = resolve));
  const loading = loadWithWriters({
    executor: args.executor.withOptions({ metadata: W2_WRITER }),
    records: newRecords(args.corpus, seeds),
    writers: 1,
    batchSize: 200,
    shouldStop: () => stop,
    onBatch: (records) => {
      committed += records;
      firstBatch();
    },
  });
  // A failing writer must not leave the reads waiting for its first batch.
  await Promise.race([started, loading]);
  const from = performance.now();
  const committedBefore = committed;
  try {
    await work();
  } finally {
    stop = true;
  }
  // The writer's last batch may end after the reads: count what committed while they ran.
  const records = committed - committedBefore;
  const seconds = (performance.now() - from) / 1000;
  await loading;
  return { seeds, records, seconds, recordsPerSecond: records / seconds };
}

/** Corpora of the seeds after the loaded one's (and its warm-up's), one after the other. */
function* newRecords(
  corpus: { seed: number; meetings: number },
  seeds: number[],
): Generator<ArticleRecord> {
  for (let seed = corpus.seed + 2; ; seed += 1) {
    seeds.push(seed);
    yield* corpusRecords({ seed, meetings: corpus.meetings });
  }
}

function q1Ratios(figures: readonly W2Figure[]): W2Results["q1P95Ratio"] {
  const q1 = figures.filter((f) => f.operation === W2_OPERATIONS[0]);
  return [...new Set(q1.map((f) => f.peer))].map((peer) => {
    const p95 = (condition: W2Condition) =>
      q1.find((f) => f.peer === peer && f.condition === condition)?.p95 ?? NaN;
    return { peer, ratio: p95("under W1") / p95("idle") };
  });
}
