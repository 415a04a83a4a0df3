import { Command, InvalidArgumentError } from "commander";
import { DEFAULT_BATCH_SIZE } from "../../ingest/batch-size.js";

/** The options of `diplograph ingest`, as commander parses them. */
export interface IngestCommandOptions {
  dryRun?: boolean;
  json?: boolean;
  batchSize: number;
}

function parseBatchSize(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 10_000)
    throw new InvalidArgumentError("a whole number from 1 to 10000");
  return n;
}

/** `diplograph ingest PATH...`: records, articles, directories or `-`, in batches of articles. */
export function ingestCommand(): Command {
  return new Command("ingest")
    .description(
      "load article records or raw articles into the graph; each article is written wholly or not at all",
    )
    .argument(
      "<paths...>",
      "record files (.json), article texts (.txt), directories, or - for stdin",
    )
    .option("--dry-run", "validate and extract, write nothing")
    .option("--json", "print the summary (and each file's outcome) as JSON")
    .option(
      "--batch-size <n>",
      "articles per transaction (1: a transaction for each article)",
      parseBatchSize,
      DEFAULT_BATCH_SIZE,
    )
    .addHelpText(
      "after",
      `
Examples:
  diplograph ingest seeds/
  diplograph ingest --dry-run article.txt
  diplograph ingest --batch-size 200 archive/
  diplograph ingest --json articles/ > summary.json
  cat record.json | diplograph ingest --json -

A directory is read recursively: *.txt articles (with NAME.meta.json), *.json records;
an article with a reviewed NAME.record.json beside it is loaded from the record.
Each file is loaded completely or not at all. A progress bar is drawn on stderr when
it is a terminal (not with --json).

Exit status: 0 all loaded, 1 some file rejected or not loaded (each is named),
2 bad usage or configuration, a path that does not exist, or Neo4j unreachable.`,
    )
    .action(async (paths: string[], options: IngestCommandOptions) => {
      const { runIngest } = await import("./ingest.run.js");
      await runIngest(paths, options);
    });
}
