import { Command, Option } from "commander";
import { type ExportFilterOptions } from "../../export/export-filter.js";
import { EXPORT_FORMATS, type ExportFormat } from "../../export/export-formats.js";
import { type ExportCounts } from "../../export/run-export.js";

/** The options of `diplograph export`, as commander parses them. */
export interface ExportOptions extends ExportFilterOptions {
  format: ExportFormat;
  out?: string;
  json?: boolean;
}

/** What `--json` prints: the format, where it went (null: standard output) and the counts. */
export interface ExportSummary extends ExportCounts {
  format: ExportFormat;
  out: string | null;
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/**
 * `diplograph export --format csv|graphml|jsonld [--out FILE|DIR] [filter]`: the graph,
 * or the part a filter selects, for analysis tools (spreadsheets, pandas, Gephi, yEd,
 * linked-data stores). The filter and the output path are checked before Neo4j is opened.
 */
export function exportCommand(): Command {
  return new Command("export")
    .description("write the graph (or a filtered part) as CSV files, GraphML or JSON-LD")
    .addOption(
      new Option("--format <format>", "output format")
        .choices(EXPORT_FORMATS)
        .makeOptionMandatory(),
    )
    .option("--out <path>", "directory for csv; file for graphml and jsonld (default: stdout)")
    .option(
      "--country <code>",
      "only meetings every listed state took part in (repeatable)",
      collect,
    )
    .option("--leader <id>", "only meetings every listed leader took part in (repeatable)", collect)
    .option(
      "--kind <kind>",
      "only meetings of these kinds (repeatable): summit, meeting, ...",
      collect,
    )
    .option(
      "--status <status>",
      "only meetings of these statuses (repeatable): held, planned, proposed",
      collect,
    )
    .option("--from <date>", "only what overlaps the days from YYYY, YYYY-MM or YYYY-MM-DD")
    .option("--to <date>", "... up to this date, inclusive")
    .option(
      "--topic <topic>",
      "only positions on this topic, and meetings with one: KIND[:ARG,ARG]",
    )
    .option("--as-of <date>", "as the graph stood: only what articles published by then said")
    .option("--json", "print the summary as JSON")
    .addHelpText(
      "after",
      `
Examples:
  diplograph export --format csv --out export/
  diplograph export --format graphml --country KOR --country JPN --out kor-jpn.graphml
  diplograph export --format jsonld --from 2026-01 --to 2026-03 > q1.jsonld
  diplograph export --format csv --leader lee-jae-myung --topic denuclearization --out lee/
  diplograph export --format graphml --kind summit --as-of 2026-01-14 --json --out summits.graphml

CSV writes meetings.csv, participants.csv, positions.csv, quotes.csv, agreements.csv,
countries.csv, leaders.csv and articles.csv into the directory. Meetings, participants
and positions carry their CAMEO and PLOVER codes (docs/event-codes.md).

The summary goes to standard output, or to standard error when the export does.
Exit status: 0 written, 2 bad usage, unwritable output, or configuration/database error.`,
    )
    .action(async (options: ExportOptions) => {
      const { exportGraph } = await import("./export.run.js");
      await exportGraph(options);
    });
}
