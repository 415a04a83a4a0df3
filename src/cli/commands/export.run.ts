import { loadConfig } from "../../config.js";
import { planExportFilter } from "../../export/export-filter.js";
import { openExport } from "../../export/open-export.js";
import { runExport } from "../../export/run-export.js";
import { openGraph } from "../../graph/open-graph.js";
import { type ExportOptions, type ExportSummary } from "./export.js";

/**
 * Writes the export and its summary: on stdout, or on stderr when the export itself
 * went to stdout. The filter and the output path are checked before Neo4j is opened.
 */
export async function exportGraph(options: ExportOptions): Promise<void> {
  const summary = await runExportCommand(options);
  const text = options.json ? `${JSON.stringify(summary, null, 2)}\n` : formatSummary(summary);
  (summary.out === null ? process.stderr : process.stdout).write(text);
}

async function runExportCommand(options: ExportOptions): Promise<ExportSummary> {
  const params = planExportFilter(options);
  const destination = await openExport({
    format: options.format,
    out: options.out,
    stdout: process.stdout,
  });
  let graph;
  try {
    graph = await openGraph(loadConfig());
  } catch (error) {
    destination.abandon();
    throw error;
  }
  try {
    const writer = destination.start();
    const counts = await runExport({ executor: graph.executor, params, writer });
    return { format: options.format, out: destination.out, ...counts };
  } finally {
    await graph.close();
  }
}

function formatSummary(s: ExportSummary): string {
  const where = s.out ?? "standard output";
  return (
    `exported ${s.meetings} meetings, ${s.participants} participations, ${s.positions} positions, ` +
    `${s.quotes} quotes (${s.countries} countries, ${s.leaders} leaders, ${s.topics} topics, ` +
    `${s.articles} articles) as ${s.format} to ${where}\n`
  );
}
