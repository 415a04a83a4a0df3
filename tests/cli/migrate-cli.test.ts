import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { runCli } from "../../src/cli/test-support.js";
import { readMigrations } from "../../src/graph/migrations.js";
import { type OpenGraph } from "../../src/graph/open-graph.js";
import { openTestGraph } from "../helpers/graph.js";

let graph: OpenGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(() => graph.close());

function migrate(args: string[]): ReturnType<typeof runCli> {
  const neo4j = inject("neo4j");
  return runCli(["migrate", ...args], {
    env: {
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      NEO4J_DATABASE: neo4j.database,
      LOG_LEVEL: "silent",
    },
  });
}

describe("diplograph migrate", () => {
  const ids = readMigrations().map((m) => m.id);

  it("reports as JSON the migration it applied and those the graph had already", async () => {
    const last = ids.at(-1) ?? "";
    // Forget that the last migration ran: it is idempotent, so it simply runs again.
    await graph.executor.runSchemaStatement("MATCH (m:Migration {id: $id}) DELETE m", { id: last });
    const run = await migrate(["--json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ applied: [last], alreadyApplied: ids.slice(0, -1) });
    const recorded = await graph.executor.read("migrations/list-applied");
    expect(recorded.map((r) => r.id)).toEqual(ids);
  });

  it("says up to date when nothing is left, as text and as JSON", async () => {
    expect((await migrate([])).stdout).toBe("up to date\n");
    expect(JSON.parse((await migrate(["--json"])).stdout)).toEqual({
      applied: [],
      alreadyApplied: ids,
    });
  });
});
