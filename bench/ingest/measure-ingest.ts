import { type ArticleRecord } from "../../src/domain/record.js";
import { parseRecord } from "../../src/domain/validate-record.js";
import { type GraphExecutor } from "../../src/graph/executor.js";
import { loadRecords } from "../../src/ingest/load-record.js";
import { BatchCollector, identifyArticle } from "../../src/ingest/plan-batch.js";
import { generateCorpus } from "../corpus/index.js";
import { loadBare } from "./bare-loader.js";

export type IngestLoader = "bare-unwind" | "diplograph-1-writer" | "diplograph-2-writers";
export const INGEST_LOADERS: readonly IngestLoader[] = [
  "bare-unwind",
  "diplograph-1-writer",
  "diplograph-2-writers",
];

/** One load of a corpus into an empty graph. */
export interface IngestFigure {
  loader: IngestLoader;
  records: number;
  seconds: number;
  nodes: number;
  relationships: number;
  recordsPerSecond: number;
  elementsPerSecond: number;
  /** Cypher statements sent (diplograph: counted by its executor). */
  statements: number | null;
}

/**
 * W1: loads the corpus with each loader into an emptied graph (the last one's graph
 * stays), after a warm-up load of another seed with every loader: JIT and plan caches,
 * not the order of the loaders, should decide the figures.
 */
export async function compareLoaders(args: {
  executor: GraphExecutor;
  loaders: readonly IngestLoader[];
  corpus: { seed: number; meetings: number };
  warmUp?: boolean;
  log: (line: string) => void;
}): Promise<IngestFigure[]> {
  const { executor, loaders, corpus, log } = args;
  for (const loader of args.warmUp === false ? [] : loaders) {
    await executor.autoCommit("admin/delete-all");
    await measureIngest({ executor, loader, corpus: { seed: corpus.seed + 1, meetings: 40 } });
  }
  const figures: IngestFigure[] = [];
  for (const loader of loaders) {
    await executor.autoCommit("admin/delete-all");
    log(`W1: loading ${corpus.meetings} meetings with ${loader}...`);
    figures.push(await measureIngest({ executor, loader, corpus }));
    log(`  ${JSON.stringify(figures.at(-1))}`);
  }
  return figures;
}

/** The corpus as validated records, generated on the fly (the same for every loader). */
export function* corpusRecords(corpus: {
  seed: number;
  meetings: number;
  limit?: number;
}): Generator<ArticleRecord> {
  let n = 0;
  for (const record of generateCorpus(corpus)) {
    if (corpus.limit !== undefined && n >= corpus.limit) return;
    n += 1;
    yield parseRecord(record);
  }
}

/**
 * Loads the corpus into an empty graph with one loader and times it; generation and
 * validation of the records run inside the timing for every loader alike.
 */
export async function measureIngest(args: {
  executor: GraphExecutor;
  loader: IngestLoader;
  corpus: { seed: number; meetings: number; limit?: number };
  bareBatchSize?: number;
}): Promise<IngestFigure> {
  const { executor, loader } = args;
  const records = corpusRecords(args.corpus);
  const statementsBefore = executor.statementCount;
  const started = performance.now();
  const count =
    loader === "bare-unwind"
      ? await loadBare({
          driver: executor.driver,
          database: executor.database,
          records,
          batchSize: args.bareBatchSize ?? 200,
        })
      : await loadWithWriters(
          executor,
          records,
          loader === "diplograph-1-writer" ? 1 : 2,
          args.bareBatchSize ?? 200,
        );
  const seconds = (performance.now() - started) / 1000;
  const [row] = await executor.read("admin/count-graph");
  const nodes = Number(row?.nodes ?? 0);
  const relationships = Number(row?.relationships ?? 0);
  return {
    loader,
    records: count,
    seconds,
    nodes,
    relationships,
    recordsPerSecond: count / seconds,
    elementsPerSecond: (nodes + relationships) / seconds,
    statements: loader === "bare-unwind" ? null : executor.statementCount - statementsBefore - 1,
  };
}

/**
 * diplograph's own path: `loadRecords`, batches gathered by `BatchCollector` of the
 * same size as the bare loader's, one transaction per batch, `writers` at a time.
 */
async function loadWithWriters(
  executor: GraphExecutor,
  records: Iterator<ArticleRecord>,
  writers: number,
  batchSize: number,
): Promise<number> {
  let count = 0;
  // A record the last batch could not take (full, or the same article) opens the next one.
  let held: ArticleRecord | undefined;
  const nextBatch = (): ArticleRecord[] => {
    const batch = new BatchCollector<ArticleRecord>(batchSize);
    for (let record = held ?? records.next().value; record; record = records.next().value) {
      const article = identifyArticle(record);
      held = batch.accepts(article) ? undefined : record;
      if (held) break;
      batch.add(record, article);
    }
    return batch.take();
  };
  const writer = async (): Promise<void> => {
    for (let batch = nextBatch(); batch.length > 0; batch = nextBatch()) {
      await loadRecords(executor, batch);
      count += batch.length;
    }
  };
  await Promise.all(Array.from({ length: writers }, writer));
  return count;
}
