import { DatabaseUnavailableError } from "../graph/errors.js";
import { type GraphExecutor } from "../graph/executor.js";
import { collectInputs, type IngestInput } from "./collect-inputs.js";
import { loadRecord, type LoadOutcome } from "./load-record.js";
import { readInput } from "./read-input.js";

export interface FileReport {
  source: string;
  outcome: LoadOutcome | "rejected" | "validated" | "not-loaded";
  articleId?: string;
  error?: string;
  nodesCreated?: number;
  relationshipsCreated?: number;
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
  files: FileReport[];
  /** Set when an outage stopped the run: the files after it were not attempted. */
  stoppedBy?: string;
}

export interface IngestOptions {
  executor: GraphExecutor;
  paths: readonly string[];
  dryRun?: boolean;
  onProgress?: (done: number, total: number, report: FileReport) => void;
}

/**
 * Ingests files one article at a time, one transaction each. Bad input is reported
 * per file and the run goes on; a database outage stops the run at once (every file
 * after it is reported as not loaded), since retrying each remaining file against a
 * dead database would only make the user wait.
 */
export async function ingestFiles({
  executor,
  paths,
  dryRun = false,
  onProgress,
}: IngestOptions): Promise<IngestSummary> {
  const inputs = await collectInputs(paths);
  const summary = emptySummary();
  for (const [index, input] of inputs.entries()) {
    const report = summary.stoppedBy
      ? { source: input.source, outcome: "not-loaded" as const, error: summary.stoppedBy }
      : await ingestOne(executor, input, dryRun, summary);
    record(summary, report);
    onProgress?.(index + 1, inputs.length, report);
  }
  return summary;
}

async function ingestOne(
  executor: GraphExecutor,
  input: IngestInput,
  dryRun: boolean,
  summary: IngestSummary,
): Promise<FileReport> {
  let record;
  try {
    record = await readInput(input);
  } catch (error) {
    if (isInputError(error))
      return { source: input.source, outcome: "rejected", error: error.message };
    throw error;
  }
  if (dryRun) return { source: input.source, outcome: "validated" };
  try {
    const result = await loadRecord(executor, record);
    return {
      source: input.source,
      outcome: result.outcome,
      articleId: result.articleId,
      nodesCreated: result.counters.nodesCreated,
      relationshipsCreated: result.counters.relationshipsCreated,
    };
  } catch (error) {
    if (error instanceof DatabaseUnavailableError) {
      // Its commit may have landed before the connection went: run again to be sure.
      summary.stoppedBy =
        `Neo4j became unavailable while loading ${input.source}: ${error.message}. ` +
        "The files from this one on were not loaded; run the same command again when Neo4j is back.";
      return { source: input.source, outcome: "not-loaded", error: summary.stoppedBy };
    }
    throw error;
  }
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
  summary.files.push(report);
  summary.nodesCreated += report.nodesCreated ?? 0;
  summary.relationshipsCreated += report.relationshipsCreated ?? 0;
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
