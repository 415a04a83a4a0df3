import { Command } from "commander";

/** `diplograph migrate [--json]`: applies the Cypher migrations not yet recorded in the graph. */
export function migrateCommand(): Command {
  return new Command("migrate")
    .description(
      "apply the Cypher migrations of cypher/migrations/ that the graph has not recorded",
    )
    .option("--json", 'print {"applied": [...], "alreadyApplied": [...]} (migration ids)')
    .addHelpText(
      "after",
      `
Examples:
  diplograph migrate
  diplograph migrate --json
  NEO4J_URI=bolt://db:7687 NEO4J_PASSWORD=... diplograph migrate

serve and ingest migrate by themselves; run this to prepare a database ahead of them.
Migrations are idempotent: a run that stopped half-way is simply run again.

Exit status: 0 the graph is up to date, 2 a migration failed or was edited after it
was applied, bad configuration, or Neo4j unreachable.`,
    )
    .action(async (options: { json?: boolean }) => {
      const { runMigrate } = await import("./migrate.run.js");
      await runMigrate(options);
    });
}
