import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCypherRegistry, QUERY_NAMES } from "../../src/graph/cypher-registry.js";
import { MigrationError, readMigrations, applyMigrations } from "../../src/graph/migrations.js";
import { type OpenGraph } from "../../src/graph/open-graph.js";
import { projectPath } from "../../src/lib/paths.js";
import { openTestGraph } from "../helpers/graph.js";

function cypherFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? cypherFiles(join(dir, entry.name))
      : entry.name.endsWith(".cypher")
        ? [join(dir, entry.name)]
        : [],
  );
}

const FRAGMENTS = projectPath("cypher/fragments");

let graph: OpenGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(() => graph.close());

describe("the Cypher registry", () => {
  it("registers exactly the statement files of cypher/queries", () => {
    const root = projectPath("cypher/queries");
    const files = cypherFiles(root)
      .map((f) => relative(root, f).replace(/\.cypher$/, ""))
      .sort();
    expect([...QUERY_NAMES].sort()).toEqual(files);
  });

  it("gives every statement a header line that names it", () => {
    const registry = loadCypherRegistry();
    for (const name of QUERY_NAMES) {
      const header = registry[name].split("\n")[0] ?? "";
      expect(header, name).toMatch(new RegExp(`^// ${name.split("/")[1]}\\(`));
    }
  });

  it("expands every @include, and every fragment is included somewhere", () => {
    for (const text of Object.values(loadCypherRegistry())) {
      expect(text).not.toMatch(/^\s*@include\b/m);
    }
    const sources = [...cypherFiles(projectPath("cypher/queries")), ...cypherFiles(FRAGMENTS)];
    const included = new Set(
      sources.flatMap((file) =>
        [...readFileSync(file, "utf8").matchAll(/^\s*@include\s+(\S+)\s*$/gm)].map((m) => m[1]),
      ),
    );
    const fragments = cypherFiles(FRAGMENTS).map((f) =>
      relative(FRAGMENTS, f).replace(/\.cypher$/, ""),
    );
    expect([...included].sort()).toEqual(fragments.sort());
  });

  it("plans every statement on the real database", async () => {
    const registry = loadCypherRegistry();
    for (const name of QUERY_NAMES) {
      await expect(
        graph.executor.runSchemaStatement(`EXPLAIN ${registry[name]}`),
        name,
      ).resolves.toBeDefined();
    }
  });
});

describe("migrations", () => {
  it("are recorded with their checksums and applied once", async () => {
    expect(await applyMigrations(graph.executor)).toEqual([]);
    const recorded = await graph.executor.read("migrations/list-applied");
    expect(recorded.map((r) => r.id)).toEqual(readMigrations().map((m) => m.id));
  });

  it("refuse an applied migration that was edited, naming it", async () => {
    const [first, ...rest] = readMigrations();
    const edited = { ...first!, checksum: "0".repeat(64) };
    await expect(applyMigrations(graph.executor, [edited, ...rest])).rejects.toThrow(
      MigrationError,
    );
    await expect(applyMigrations(graph.executor, [edited, ...rest])).rejects.toThrow(first!.id);
  });

  it("create the constraints and indexes the model relies on", async () => {
    const constraints = await graph.executor.runSchemaStatement(
      "SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names",
    );
    expect(constraints[0]?.names).toEqual(
      expect.arrayContaining(["meeting_id", "topic_key", "country_code", "person_id"]),
    );
    const indexes = await graph.executor.runSchemaStatement(
      "SHOW INDEXES YIELD name, type, state RETURN collect([name, type, state]) AS rows",
    );
    expect(indexes[0]?.rows).toEqual(
      expect.arrayContaining([
        ["meeting_date_start", "RANGE", "ONLINE"],
        ["search_text", "FULLTEXT", "ONLINE"],
      ]),
    );
  });
});
