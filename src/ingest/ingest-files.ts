import { type ArticleRecord } from "../domain/record.js";
import { DatabaseUnavailableError } from "../graph/errors.js";
import { type GraphExecutor } from "../graph/executor.js";
import { collectInputs, type IngestInput } from "./collect-inputs.js";
import { loadRecords, type LoadOutcome } from "./load-record.js";
import { BatchCollector, identifyArticle } from "./plan-batch.js";
import { readInput } from "./read-input.js";
import { DEFAULT_BATCH_SIZE } from "./batch-size.js";

export interface FileReport {
  source: string;
  outcome: LoadOutcome | "rejected" | "validated" | "not-loaded";
  articleId?: string;
  error?: string;
}

export interface IngestSummary {
  loaded: number;
  revised: number;
  unchanged: number;
  rejected: number;
  notLoaded: number;
  validated: number;
  nodesCreated: number;
  relationshipsCreated: number;
  /** One per input, in the order the inputs were given. */
  files: FileReport[];
  /** Set when an outage stopped the run: the files after it were not attempted. */
  stoppedBy?: string;
}

export { DEFAULT_BATCH_SIZE };

export interface IngestOptions {
  executor: GraphExecutor;
  paths: readonly string[];
  dryRun?: boolean;
  /** Articles written per transaction; 1 gives each article its own. */
  batchSize?: number;
  onProgress?: (done: number, total: number, report: FileReport) => void;
}

interface Pending {
  index: number;
  input: IngestInput;
  record: ArticleRecord;
}

/**
 * Ingests files in batches of articles, one transaction per batch: a batch costs about
 * the round trips of one article, and each article in it is written wholly or not at
 * all. When a batch fails for a reason other than an outage, its articles are loaded
 * one by one, so that one article's failure is its own. Bad input is reported per file
 * and the run goes on; a database outage stops the run at once (every file not yet
 * loaded is reported as not loaded), since retrying each remaining file against a dead
 * database would only make the user wait.
 */
export async function ingestFiles({
  executor,
  paths,
  dryRun = false,
  batchSize = DEFAULT_BATCH_SIZE,
  onProgress,
}: IngestOptions): Promise<IngestSummary> {
  const inputs = await collectInputs(paths);
  const summary = emptySummary();
  const reports: FileReport[] = [];
  let done = 0;
  const report = (index: number, fileReport: FileReport): void => {
    reports[index] = fileReport;
    record(summary, fileReport);
    done += 1;
    onProgress?.(done, inputs.length, fileReport);
  };
  const batch = new BatchCollector<Pending>(batchSize);
  const flush = () => loadBatch(executor, batch.take(), summary, report);
  for (const [index, input] of inputs.entries()) {
    if (summary.stoppedBy) {
      report(index, notLoaded(input.source, summary.stoppedBy));
      continue;
    }
    const read = await readOne(input);
    if ("outcome" in read) {
      report(index, read);
      continue;
    }
    if (dryRun) {
      report(index, { source: input.source, outcome: "validated" });
      continue;
    }
    const article = identifyArticle(read);
    if (!batch.accepts(article)) await flush();
    if (summary.stoppedBy) {
      report(index, notLoaded(input.source, summary.stoppedBy));
      continue;
    }
    batch.add({ index, input, record: read }, article);
  }
  if (batch.length > 0) await flush();
  summary.files = reports;
  return summary;
}

async function readOne(input: IngestInput): Promise<ArticleRecord | FileReport> {
  try {
    return await readInput(input);
  } catch (error) {
    if (isInputError(error))
      return { source: input.source, outcome: "rejected", error: error.message };
    throw error;
  }
}

async function loadBatch(
  executor: GraphExecutor,
  items: Pending[],
  summary: IngestSummary,
  report: (index: number, fileReport: FileReport) => void,
): Promise<void> {
  try {
    const result = await loadRecords(
      executor,
      items.map((item) => item.record),
    );
    summary.nodesCreated += result.counters.nodesCreated;
    summary.relationshipsCreated += result.counters.relationshipsCreated;
    items.forEach((item, k) =>
      report(item.index, { source: item.input.source, ...result.articles[k]! }),
    );
  } catch (error) {
    if (error instanceof DatabaseUnavailableError) {
      // Its commit may have landed before the connection went: run again to be sure.
      const first = items[0]!.input.source;
      const others = items.length > 1 ? ` and ${items.length - 1} other file(s)` : "";
      summary.stoppedBy =
        `Neo4j became unavailable while loading ${first}${others}: ${error.message}. ` +
        "The files from these on were not loaded; run the same command again when Neo4j is back.";
      for (const item of items) report(item.index, notLoaded(item.input.source, summary.stoppedBy));
      return;
    }
    if (items.length === 1) throw error;
    for (const item of items) {
      if (summary.stoppedBy) report(item.index, notLoaded(item.input.source, summary.stoppedBy));
      else await loadBatch(executor, [item], summary, report);
    }
  }
}

/** A file the run did not attempt, or whose batch an outage cut off. */
function notLoaded(source: string, reason: string): FileReport {
  return { source, outcome: "not-loaded", error: reason };
}

/** Input errors are the caller's data, reported per file; everything else is ours. */
function isInputError(error: unknown): error is Error {
  return (
    error instanceof Error &&
    (error.name === "InputFileError" || error.name === "ArticleInputError")
  );
}

function emptySummary(): IngestSummary {
  return {
    loaded: 0,
    revised: 0,
    unchanged: 0,
    rejected: 0,
    notLoaded: 0,
    validated: 0,
    nodesCreated: 0,
    relationshipsCreated: 0,
    files: [],
  };
}

function record(summary: IngestSummary, report: FileReport): void {
  const key = (
    {
      loaded: "loaded",
      revised: "revised",
      unchanged: "unchanged",
      rejected: "rejected",
      validated: "validated",
      "not-loaded": "notLoaded",
    } as const
  )[report.outcome];
  summary[key] += 1;
}
