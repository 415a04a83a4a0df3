// W2's writer, in a process of its own as a crawler's `diplograph ingest` would be:
// `tsx bench/ingest/writer-process.ts '{"seed":S,"meetings":N,"batchSize":B}'` with the
// database in BENCH_NEO4J_URI / BENCH_NEO4J_USER / BENCH_NEO4J_PASSWORD, started with an
// IPC channel (bench/ingest/spawn-writer.ts). It loads records of the seeds after the
// loaded corpus's (and its warm-up's) through diplograph's loader, one batch after the
// other, and reports each committed batch ({batch: records}); on "stop" it ends after the
// batch in flight and reports the seeds it drew from ({seeds}) before it exits.
// Not in the timing client's process: building, validating and sending a batch of 200
// records holds the event loop for tens of milliseconds, and a client that shares it
// stamps every response that arrives meanwhile that much later.
import { type ArticleRecord } from "../../src/domain/record.js";
import { connectBenchNeo4j } from "../peers/bench-process.js";
import { W2_WRITER } from "../phases/end-leftover-transactions.js";
import { corpusRecords, loadWithWriters } from "./measure-ingest.js";
import { type WriterMessage, type WriterRequest } from "./spawn-writer.js";

const request = JSON.parse(process.argv[2] ?? "{}") as WriterRequest;
const send = (message: WriterMessage): void => {
  process.send?.(message);
};
let stop = false;
process.on("message", (message) => {
  if (message === "stop") stop = true;
});
// The parent gone, nobody will ask to stop.
process.on("disconnect", () => (stop = true));

const graph = await connectBenchNeo4j();
const seeds: number[] = [];
try {
  await loadWithWriters({
    executor: graph.executor.withOptions({ metadata: W2_WRITER }),
    records: newRecords(request, seeds),
    writers: 1,
    batchSize: request.batchSize,
    shouldStop: () => stop,
    onBatch: (records) => send({ batch: records }),
  });
  send({ seeds });
} finally {
  await graph.close();
}
process.disconnect?.();

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
