import { loadConfig } from "../../config.js";
import { applyMigrations, readMigrations } from "../../graph/migrations.js";
import { openGraph } from "../../graph/open-graph.js";

/** Applies the pending migrations and says which ran (and, as JSON, which were there already). */
export async function runMigrate(options: { json?: boolean }): Promise<void> {
  const migrations = readMigrations();
  const graph = await openGraph(loadConfig());
  let applied: string[];
  try {
    applied = await applyMigrations(graph.executor, migrations);
  } finally {
    await graph.close();
  }
  if (options.json) {
    const alreadyApplied = migrations.map((m) => m.id).filter((id) => !applied.includes(id));
    process.stdout.write(`${JSON.stringify({ applied, alreadyApplied }, null, 2)}\n`);
  } else {
    process.stdout.write(applied.length ? `applied ${applied.join(", ")}\n` : "up to date\n");
  }
}
