import { Command } from "commander";
import { loadConfig } from "../../config.js";
import { applyMigrations } from "../../graph/migrations.js";
import { openGraph } from "../../graph/open-graph.js";

/** `diplograph migrate`: applies the Cypher migrations not yet recorded in the graph. */
export function migrateCommand(): Command {
  return new Command("migrate")
    .description(
      "apply the Cypher migrations of cypher/migrations/ that the graph has not recorded",
    )
    .action(async () => {
      const graph = await openGraph(loadConfig());
      try {
        const applied = await applyMigrations(graph.executor);
        process.stdout.write(applied.length ? `applied ${applied.join(", ")}\n` : "up to date\n");
      } finally {
        await graph.close();
      }
    });
}
