import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { projectPath } from "../lib/paths.js";
import { type GraphExecutor } from "./executor.js";

/** A migration file was edited after it had been applied, or is malformed. */
export class MigrationError extends Error {
  override name = "MigrationError";
}

export interface Migration {
  id: string;
  checksum: string;
  statements: string[];
}

const MIGRATION_FILE = /^(\d{4})-[a-z0-9-]+\.cypher$/;

/** Reads `cypher/migrations/NNNN-name.cypher` in order; each file may hold several statements. */
export function readMigrations(dir = projectPath("cypher/migrations")): Migration[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith(".cypher"))
    .sort()
    .map((file) => {
      if (!MIGRATION_FILE.test(file)) {
        throw new MigrationError(`${dir}/${file}: migration files are named NNNN-name.cypher`);
      }
      const text = readFileSync(`${dir}/${file}`, "utf8");
      return {
        id: file.replace(/\.cypher$/, ""),
        checksum: createHash("sha256").update(text).digest("hex"),
        statements: splitStatements(text),
      };
    });
}

/**
 * Applies the migrations not yet recorded in the graph, in order, and records each
 * with its checksum. Schema statements run one by one in auto-commit transactions
 * (Neo4j does not mix schema and data writes in one transaction), and are written
 * `IF NOT EXISTS`, so a run interrupted half-way is simply run again.
 * Returns the ids applied by this call.
 */
export async function applyMigrations(
  executor: GraphExecutor,
  migrations: Migration[] = readMigrations(),
): Promise<string[]> {
  const applied = new Map(
    (await executor.read("migrations/list-applied")).map((r) => [String(r.id), String(r.checksum)]),
  );
  const ran: string[] = [];
  for (const migration of migrations) {
    const checksum = applied.get(migration.id);
    if (checksum !== undefined) {
      if (checksum !== migration.checksum) {
        throw new MigrationError(
          `migration ${migration.id} was edited after it was applied; ` +
            `add a new migration instead of changing an applied one`,
        );
      }
      continue;
    }
    for (const statement of migration.statements) await executor.runSchemaStatement(statement);
    await executor.write("migrations/record-applied", {
      id: migration.id,
      checksum: migration.checksum,
    });
    ran.push(migration.id);
  }
  // Index population is asynchronous; queries planned before it finishes could miss them.
  if (ran.length > 0) await executor.autoCommit("admin/await-indexes");
  return ran;
}

function splitStatements(text: string): string[] {
  return text
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n")
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
