import "reflect-metadata";
import { Command } from "commander";
import { extractCommand } from "./commands/extract.js";

/**
 * The diplograph command line: one composition root per command, so that each
 * stage of the pipeline (extract, ingest, serve) can be run alone.
 */
const program = new Command()
  .name("diplograph")
  .description("A diplomatic-event knowledge graph: news articles in, GraphQL out.")
  .showHelpAfterError()
  .addCommand(extractCommand());

await program.parseAsync(process.argv);
