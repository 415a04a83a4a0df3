import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import { QUERY_NAMES, loadCypherRegistry } from "../../src/graph/cypher-registry.js";
import { type OpenGraph } from "../../src/graph/open-graph.js";
import { projectPath } from "../../src/lib/paths.js";
import { openTestGraph } from "../helpers/graph.js";

const apiNames = QUERY_NAMES.filter((name) => name.startsWith("api/"));

describe("the API's Cypher statements", () => {
  let graph: OpenGraph;
  beforeAll(async () => {
    graph = await openTestGraph();
  });
  afterAll(async () => {
    await graph.close();
  });

  it("registers every file under cypher/queries/api", () => {
    const files = readdirSync(projectPath("cypher/queries/api"))
      .filter((f) => f.endsWith(".cypher"))
      .map((f) => `api/${f.replace(/\.cypher$/, "")}`)
      .sort();
    expect([...apiNames].sort()).toEqual(files);
  });

  it.each(apiNames)("%s compiles against the real database (EXPLAIN)", async (name) => {
    const text = loadCypherRegistry()[name];
    expect(text.split("\n")[0]).toMatch(new RegExp(`^// ${name.slice(4)}\\(`));
    await expect(graph.executor.runSchemaStatement(`EXPLAIN ${text}`, {})).resolves.toBeDefined();
  });
});
