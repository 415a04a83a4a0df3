import { processCpuMs } from "../load/cpu-time.js";
import { type BenchNeo4j, spawnBenchScript } from "../peers/bench-process.js";

/** What W2's writer is asked to load: records of the seeds after `seed`, in batches. */
export interface WriterRequest {
  seed: number;
  meetings: number;
  batchSize: number;
}

/** What the writer process sends its parent: each committed batch, then the seeds it used. */
export type WriterMessage = { batch: number } | { seeds: number[] };

/** W2's writer, running in its own process (bench/ingest/writer-process.ts). */
export interface RunningWriter {
  /** Settles once the first batch committed; rejects if the writer ends before that. */
  firstBatch: Promise<void>;
  /** Records committed so far. */
  committed(): number;
  /** The writer process's CPU time so far, in ms. */
  cpuMs(): number;
  /** Asks the writer to stop after the batch in flight; settles when it has exited. */
  stop(): Promise<{ seeds: number[]; records: number }>;
}

/** Starts W2's writer against the benchmark's Neo4j; it loads until `stop()`. */
export function spawnWriter(args: { neo4j: BenchNeo4j; request: WriterRequest }): RunningWriter {
  const child = spawnBenchScript({
    script: "bench/ingest/writer-process.ts",
    args: [JSON.stringify(args.request)],
    neo4j: args.neo4j,
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  let committed = 0;
  let seeds: number[] = [];
  let batchCommitted: () => void = () => {};
  let endedEarly: (error: Error) => void = () => {};
  const firstBatch = new Promise<void>((resolve, reject) => {
    batchCommitted = resolve;
    endedEarly = reject;
  });
  const exited = new Promise<void>((resolve, reject) => {
    const fail = (error: Error): void => {
      endedEarly(error);
      reject(error);
    };
    child.once("error", fail);
    child.once("exit", (code, signal) => {
      if (code !== 0) return fail(new Error(`W2's writer exited with ${signal ?? code}`));
      endedEarly(new Error("W2's writer ended before its first batch committed"));
      resolve();
    });
  });
  // Whoever waits for them sees their failure; nobody may be waiting yet.
  firstBatch.catch(() => undefined);
  exited.catch(() => undefined);
  child.on("message", (message: WriterMessage) => {
    if ("batch" in message) {
      committed += message.batch;
      batchCommitted();
    } else {
      seeds = message.seeds;
    }
  });
  return {
    firstBatch,
    committed: () => committed,
    cpuMs: () => processCpuMs(child.pid ?? 0),
    stop: async () => {
      if (child.connected) child.send("stop");
      await exited;
      return { seeds, records: committed };
    },
  };
}
