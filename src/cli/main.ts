import "reflect-metadata";
import { Command } from "commander";
import { ConfigError } from "../config.js";
import { dbCommand } from "./commands/db.js";
import { exportCommand } from "./commands/export.js";
import { extractCommand } from "./commands/extract.js";
import { ingestCommand } from "./commands/ingest.js";
import { migrateCommand } from "./commands/migrate.js";
import { schemaCommand } from "./commands/schema.js";
import { serveCommand } from "./commands/serve.js";

/**
 * The diplograph command line: one composition root per command, so that each
 * stage of the pipeline (extract, ingest, serve) can be run alone.
 */
const program = new Command()
  .name("diplograph")
  .description("A diplomatic-event knowledge graph: news articles in, GraphQL out.")
  .showHelpAfterError()
  .addCommand(serveCommand())
  .addCommand(ingestCommand())
  .addCommand(extractCommand())
  .addCommand(exportCommand())
  .addCommand(migrateCommand())
  .addCommand(dbCommand())
  .addCommand(schemaCommand());

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // Configuration and input mistakes are the user's to fix: say what, without a stack.
  const known =
    error instanceof ConfigError ||
    (error instanceof Error &&
      /Error$/.test(error.name) &&
      error.name !== "Error" &&
      error.name !== "TypeError");
  process.stderr.write(
    `diplograph: ${known ? (error as Error).message : String((error as Error)?.stack ?? error)}\n`,
  );
  process.exitCode = 2;
}
