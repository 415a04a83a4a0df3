import { Command, InvalidArgumentError } from "commander";
import { SingleBar, Presets } from "cli-progress";
import { loadConfig } from "../../config.js";
import { applyMigrations } from "../../graph/migrations.js";
import { openGraph } from "../../graph/open-graph.js";
import { DEFAULT_BATCH_SIZE, ingestFiles, type IngestSummary } from "../../ingest/ingest-files.js";

interface IngestCommandOptions {
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
    .option("--json", "print the summary as JSON")
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
  cat record.json | diplograph ingest --json -

Exit status: 0 all loaded, 1 some file rejected or not loaded, 2 bad usage or configuration.`,
    )
    .action(async (paths: string[], options: IngestCommandOptions) => {
      const summary = await runIngest(paths, options);
      process.stdout.write(
        options.json ? `${JSON.stringify(summary, null, 2)}\n` : formatSummary(summary),
      );
      process.exitCode = summary.rejected + summary.notLoaded > 0 ? 1 : 0;
    });
}

async function runIngest(paths: string[], options: IngestCommandOptions): Promise<IngestSummary> {
  const graph = await openGraph(loadConfig());
  const bar = new SingleBar(
    { format: "ingest [{bar}] {value}/{total} {file}", clearOnComplete: true },
    Presets.shades_classic,
  );
  const showBar = !options.json && process.stderr.isTTY && paths.length > 0;
  try {
    await applyMigrations(graph.executor);
    let started = false;
    return await ingestFiles({
      executor: graph.executor,
      paths,
      dryRun: options.dryRun,
      batchSize: options.batchSize,
      onProgress: (done, total, report) => {
        if (!showBar || total < 2) return;
        if (!started) bar.start(total, 0, { file: "" });
        started = true;
        bar.update(done, { file: report.source });
        if (done === total) bar.stop();
      },
    });
  } finally {
    await graph.close();
  }
}

function formatSummary(summary: IngestSummary): string {
  const lines = summary.files
    .filter((f) => f.error !== undefined)
    .map((f) => `${f.outcome === "rejected" ? "rejected" : "not loaded"}: ${f.error}`);
  if (summary.stoppedBy) lines.push(`stopped: ${summary.stoppedBy}`);
  lines.push(
    `loaded ${summary.loaded}, revised ${summary.revised}, unchanged ${summary.unchanged}, ` +
      `rejected ${summary.rejected}, not loaded ${summary.notLoaded}` +
      (summary.validated > 0 ? `, validated ${summary.validated} (dry run)` : "") +
      `; created ${summary.nodesCreated} nodes and ${summary.relationshipsCreated} relationships`,
  );
  return `${lines.join("\n")}\n`;
}
