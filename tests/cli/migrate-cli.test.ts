import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readMigrations } from "../../src/graph/migrations.js";
import { type OpenGraph } from "../../src/graph/open-graph.js";
import { type CliRun, runCli } from "../helpers/cli.js";
import { openTestGraph } from "../helpers/graph.js";

let graph: OpenGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(() => graph.close());

function migrate(args: string[]): Promise<CliRun> {
  return runCli(["migrate", ...args]);
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
