import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectPath } from "../../src/lib/paths.js";
import { type ApiHarness, openApiHarness, seedRecord } from "../api/api-harness.js";

// The README's GraphQL examples are what a newcomer pastes first: each must run on the
// seed article without errors and find something.
const readme = readFileSync(projectPath("README.md"), "utf8");
const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].flatMap(([, block]) =>
  block!
    .split(/\n(?=#)/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk.includes("{")),
);
const curlQuery = /-d '(\{"query":[\s\S]*?\})'/.exec(readme)?.[1];

describe("the README's GraphQL examples", () => {
  let harness: ApiHarness;
  beforeAll(async () => {
    harness = await openApiHarness();
    await harness.load(seedRecord());
  });
  afterAll(() => harness.close());

  it("are there", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    expect(curlQuery).toBeDefined();
  });

  it.each(blocks.map((b) => [b.split("\n")[0], b]))("%s", async (_title, query) => {
    const result = await harness.run(query!);
    expect(result.errors).toBeUndefined();
    expect(JSON.stringify(result.data)).not.toMatch(/^\{"\w+":(\[\]|null|\{"edges":\[\]\})\}$/);
  });

  it("include a curl command whose query finds the 13 January 2026 summit", async () => {
    const { query } = JSON.parse(curlQuery!.replace(/\n\s*/g, " ")) as { query: string };
    const result = await harness.run(query);
    expect(result.errors).toBeUndefined();
    expect(JSON.stringify(result.data)).toContain('"date":"2026-01-13"');
  });
});
