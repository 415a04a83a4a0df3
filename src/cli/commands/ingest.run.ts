import { loadConfig } from "../../config.js";
import { applyMigrations } from "../../graph/migrations.js";
import { openGraph } from "../../graph/open-graph.js";
import { ingestFiles, type IngestSummary } from "../../ingest/ingest-files.js";
import { EXIT } from "../exit-status.js";
import { type IngestCommandOptions } from "./ingest.js";
import { createProgress } from "../progress.js";

/** Migrates, ingests `paths`, prints the summary (JSON with `json`) and sets the exit status. */
export async function runIngest(paths: string[], options: IngestCommandOptions): Promise<void> {
  const graph = await openGraph(loadConfig());
  const progress = await createProgress({ task: "ingest", json: options.json });
  let summary: IngestSummary;
  try {
    await applyMigrations(graph.executor);
    summary = await ingestFiles({
      executor: graph.executor,
      paths,
      dryRun: options.dryRun,
      batchSize: options.batchSize,
      onProgress: (done, total, report) => progress.update(done, total, report.source),
    });
  } finally {
    progress.stop();
    await graph.close();
  }
  process.stdout.write(
    options.json ? `${JSON.stringify(summary, null, 2)}\n` : formatSummary(summary),
  );
  process.exitCode = summary.rejected + summary.notLoaded > 0 ? EXIT.SOME_INPUTS_FAILED : EXIT.OK;
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
