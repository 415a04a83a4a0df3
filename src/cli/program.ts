import { Command } from "commander";
import { dbCommand } from "./commands/db.js";
import { exportCommand } from "./commands/export.js";
import { extractCommand } from "./commands/extract.js";
import { ingestCommand } from "./commands/ingest.js";
import { migrateCommand } from "./commands/migrate.js";
import { schemaCommand } from "./commands/schema.js";
import { serveCommand } from "./commands/serve.js";
import { EXIT_STATUS_HELP } from "./exit-status.js";

/**
 * The diplograph command line: one composition root per command, so that each stage
 * of the pipeline (extract, ingest, serve) can be run alone. Building it loads only
 * the commands' definitions (each loads its work when it runs), so `--help` is quick.
 */
export function buildProgram(): Command {
  const program = new Command()
    .name("diplograph")
    .description("A diplomatic-event knowledge graph: news articles in, GraphQL out.")
    .addCommand(serveCommand())
    .addCommand(ingestCommand())
    .addCommand(extractCommand())
    .addCommand(exportCommand())
    .addCommand(migrateCommand())
    .addCommand(dbCommand())
    .addCommand(schemaCommand())
    .addHelpText(
      "after",
      `
Examples:
  diplograph serve                          GraphQL on :4000 (Neo4j, migrations, seeds/ first)
  diplograph extract article.txt            the canonical record of one article
  diplograph extract articles/ > out.jsonl  one JSON line per article of a directory
  diplograph ingest seeds/ articles/        load articles and records into the graph
  diplograph export --format csv --out x/   the graph as CSV files (or GraphML, JSON-LD)
  diplograph migrate --json                 apply the migrations, say which in JSON
  diplograph db start                       run the local Neo4j in the background
  diplograph help ingest                    a command's options and examples

Results go to stdout (as JSON with --json, where a machine may read them); errors,
progress bars (on a terminal only) and logs (JSON lines) go to stderr. Settings come
from the environment (NEO4J_URI, NEO4J_PASSWORD, PORT, LOG_LEVEL, ...): see README.md.

${EXIT_STATUS_HELP}`,
    );
  forEachCommand(program, (command) =>
    // Usage mistakes exit 2 like every other "could not run" (commander's own is 1).
    command.exitOverride().showHelpAfterError("(add --help for the usage and examples)"),
  );
  return program;
}

/** Calls `visit` on `command` and every command below it. */
export function forEachCommand(command: Command, visit: (command: Command) => void): void {
  visit(command);
  for (const sub of command.commands) forEachCommand(sub, visit);
}
