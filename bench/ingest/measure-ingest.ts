import { type ArticleRecord } from "../../src/domain/record.js";
import { parseRecord } from "../../src/domain/validate-record.js";
import { type GraphExecutor } from "../../src/graph/executor.js";
import { loadRecords } from "../../src/ingest/load-record.js";
import { BatchCollector, identifyArticle } from "../../src/ingest/plan-batch.js";
import { generateCorpus } from "../corpus/index.js";
import { benchCypher } from "../cypher/index.js";
import { loadBare } from "./bare-loader.js";
import { loadThroughP1Mutations } from "./p1-mutation-loader.js";

export type IngestLoader =
  "bare-unwind" | "p1-mutations" | "diplograph-1-writer" | "diplograph-2-writers";
// diplograph stays last: the graph of the last loader is the one the peers read.
export const INGEST_LOADERS: readonly IngestLoader[] = [
  "bare-unwind",
  "p1-mutations",
  "diplograph-1-writer",
  "diplograph-2-writers",
];

export function isIngestLoader(value: string): value is IngestLoader {
  return (INGEST_LOADERS as readonly string[]).includes(value);
}

/** One load of a corpus into an empty graph. */
export interface IngestFigure {
  loader: IngestLoader;
  records: number;
  seconds: number;
  nodes: number;
  relationships: number;
  recordsPerSecond: number;
  elementsPerSecond: number;
  /** Cypher statements sent (diplograph: counted by its executor; P1: at its driver). */
  statements: number | null;
  /** P1 only: the Cypher its first article's lookup and mutation generated. */
  generatedCypher?: string[];
}

/**
 * W1: loads the corpus with each loader into an emptied graph (the last one's graph
 * stays), after a warm-up load of another seed with every loader: JIT and plan caches,
 * not the order of the loaders, should decide the figures.
 *
 * P1's generated mutations load only the first `p1Records` records when it is given: each
 * article's mutation has its own shape, so its generated Cypher is new to Neo4j's plan cache
 * and is planned again, seconds per article on a busy machine. The prefix loads into an
 * empty graph like the others; its rate is compared with theirs over the whole corpus (a
 * smaller graph favours P1, if anything). Its warm-up is 3 records for the same reason.
 */
export async function compareLoaders(args: {
  executor: GraphExecutor;
  loaders: readonly IngestLoader[];
  corpus: { seed: number; meetings: number };
  warmUp?: boolean;
  p1Records?: number;
  log: (line: string) => void;
}): Promise<IngestFigure[]> {
  const { executor, loaders, corpus, log } = args;
  for (const loader of args.warmUp === false ? [] : loaders) {
    await emptyGraph(executor);
    const limit = loader === "p1-mutations" ? 3 : undefined;
    await measureIngest({
      executor,
      loader,
      corpus: { seed: corpus.seed + 1, meetings: 40, limit },
    });
  }
  const figures: IngestFigure[] = [];
  for (const loader of loaders) {
    await emptyGraph(executor);
    const limit = loader === "p1-mutations" ? args.p1Records : undefined;
    log(`W1: loading ${limit ?? "all"} records of ${corpus.meetings} meetings with ${loader}...`);
    figures.push(await measureIngest({ executor, loader, corpus: { ...corpus, limit } }));
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
  const loaded = await load(executor, loader, records, args.bareBatchSize ?? 200);
  const seconds = (performance.now() - started) / 1000;
  const [row] = await executor.read("admin/count-graph");
  const nodes = Number(row?.nodes ?? 0);
  const relationships = Number(row?.relationships ?? 0);
  return {
    loader,
    records: loaded.records,
    seconds,
    nodes,
    relationships,
    recordsPerSecond: loaded.records / seconds,
    elementsPerSecond: (nodes + relationships) / seconds,
    // diplograph's statements are counted by its executor, minus the count just above.
    statements:
      loaded.statements === undefined
        ? executor.statementCount - statementsBefore - 1
        : loaded.statements,
    ...(loaded.generatedCypher ? { generatedCypher: loaded.generatedCypher } : {}),
  };
}

async function load(
  executor: GraphExecutor,
  loader: IngestLoader,
  records: Iterator<ArticleRecord> & Iterable<ArticleRecord>,
  batchSize: number,
): Promise<{ records: number; statements?: number | null; generatedCypher?: string[] }> {
  const { driver, database } = executor;
  if (loader === "bare-unwind") {
    return { records: await loadBare({ driver, database, records, batchSize }), statements: null };
  }
  if (loader === "p1-mutations") {
    const result = await loadThroughP1Mutations({ driver, records });
    return { ...result, generatedCypher: result.sampleCypher };
  }
  const writers = loader === "diplograph-1-writer" ? 1 : 2;
  return { records: await loadWithWriters({ executor, records, writers, batchSize }) };
}

/**
 * diplograph's own path: `loadRecords`, batches gathered by `BatchCollector` of the
 * same size as the bare loader's, one transaction per batch, `writers` at a time. With
 * `shouldStop`, each writer stops before its next batch once it returns true (W2).
 */
export async function loadWithWriters(args: {
  executor: GraphExecutor;
  records: Iterator<ArticleRecord>;
  writers: number;
  batchSize: number;
  shouldStop?: () => boolean;
  /** Called with each committed batch's number of records. */
  onBatch?: (records: number) => void;
}): Promise<number> {
  const { executor, records, batchSize } = args;
  let count = 0;
  // A record the last batch could not take (full, or the same article) opens the next one.
  let held: ArticleRecord | undefined;
  const nextBatch = (): ArticleRecord[] => {
    if (args.shouldStop?.()) return [];
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
      args.onBatch?.(batch.length);
    }
  };
  await Promise.all(Array.from({ length: args.writers }, writer));
  return count;
}

/** Empties the graph for the next loader: relationships in batches first, then the nodes. */
async function emptyGraph(executor: GraphExecutor): Promise<void> {
  // CALL ... IN TRANSACTIONS needs an auto-commit transaction, as delete-all does.
  await executor.runSchemaStatement(benchCypher("reset/delete-relationships"), {});
  await executor.autoCommit("admin/delete-all");
}
