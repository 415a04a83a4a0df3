import { Command } from "commander";
import { SingleBar, Presets } from "cli-progress";
import { loadConfig } from "../../config.js";
import { applyMigrations } from "../../graph/migrations.js";
import { openGraph } from "../../graph/open-graph.js";
import { ingestFiles, type IngestSummary } from "../../ingest/ingest-files.js";

/** `diplograph ingest PATH...`: records, articles, directories or `-`, one transaction each. */
export function ingestCommand(): Command {
  return new Command("ingest")
    .description("load article records or raw articles into the graph, one transaction per article")
    .argument(
      "<paths...>",
      "record files (.json), article texts (.txt), directories, or - for stdin",
    )
    .option("--dry-run", "validate and extract, write nothing")
    .option("--json", "print the summary as JSON")
    .addHelpText(
      "after",
      `
Examples:
  diplograph ingest seeds/
  diplograph ingest --dry-run article.txt
  cat record.json | diplograph ingest --json -

Exit status: 0 all loaded, 1 some file rejected or not loaded, 2 bad usage or configuration.`,
    )
    .action(async (paths: string[], options: { dryRun?: boolean; json?: boolean }) => {
      const summary = await runIngest(paths, options);
      process.stdout.write(
        options.json ? `${JSON.stringify(summary, null, 2)}\n` : formatSummary(summary),
      );
      process.exitCode = summary.rejected + summary.notLoaded > 0 ? 1 : 0;
    });
}

async function runIngest(
  paths: string[],
  options: { dryRun?: boolean; json?: boolean },
): Promise<IngestSummary> {
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
