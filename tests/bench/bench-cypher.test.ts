import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { BENCH_QUERY_NAMES, benchCypher } from "../../bench/cypher/index.js";
import { type OpenGraph } from "../../src/graph/open-graph.js";
import { projectPath } from "../../src/lib/paths.js";
import { openTestGraph } from "../helpers/graph.js";

/** The benchmark's own Cypher (P0, P2, the bare loader, sampling): listed and compiling. */
describe("the benchmark's Cypher statements", () => {
  let graph: OpenGraph;
  beforeAll(async () => {
    graph = await openTestGraph();
  });
  afterAll(async () => {
    await graph.close();
  });

  it("lists every file under bench/cypher", () => {
    const root = projectPath("bench/cypher");
    const files = readdirSync(root, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) =>
        readdirSync(join(root, d.name))
          .filter((f) => f.endsWith(".cypher"))
          .map((f) => `${d.name}/${f.replace(/\.cypher$/, "")}`),
      )
      .sort();
    expect([...BENCH_QUERY_NAMES].sort()).toEqual(files);
  });

  // SHOW SETTINGS is not a query that EXPLAIN takes; the smoke run reads it.
  it.each(BENCH_QUERY_NAMES.filter((n) => n !== "sample/neo4j-config"))(
    "%s compiles against the real database (EXPLAIN)",
    async (name) => {
      const text = benchCypher(name);
      expect(text.split("\n")[0]).toMatch(new RegExp(`^// ${name}\\(`));
      await expect(graph.executor.runSchemaStatement(`EXPLAIN ${text}`)).resolves.toBeDefined();
    },
  );
});
