import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { projectPath } from "../../src/lib/paths.js";
import { type ApiHarness, at, openApiHarness, pluck, seedRecord } from "./api-harness.js";

const dir = projectPath("docs/queries");
const files = readdirSync(dir).filter((f) => f.endsWith(".graphql"));

/** What each documented question must find in the seed article. */
const EXPECTED: Record<string, (data: unknown) => void> = {
  "summits-of-a-state-in-a-year.graphql": (d) => {
    expect(pluck(at(d, "meetings", "edges"), "node", "date")).toEqual(["2026-01-13"]);
  },
  "leader-meetings-and-positions.graphql": (d) => {
    expect(at(d, "leader", "meetings", "totalCount")).toBe(3);
    expect(pluck(at(d, "leader", "positions"), "stance").length).toBeGreaterThan(0);
  },
  "positions-on-a-topic-over-time.graphql": (d) => {
    const holders = pluck(at(d, "positions", "edges"), "node", "holders").flatMap((h) =>
      pluck(h, "code"),
    );
    expect((holders as string[]).sort()).toEqual(["JPN", "KOR"]);
  },
  "quotes-of-a-leader.graphql": (d) => {
    expect(at(d, "quotes", "totalCount")).toBe(3);
  },
  "leader-dossier.graphql": (d) => {
    expect(pluck(at(d, "leader", "meetings", "edges"), "node", "date")).toEqual([
      "2026-01-13",
      "2026-01-12",
      "2026-01",
    ]);
    expect(pluck(at(d, "leader", "positionsByTopic"), "topic", "id")).toContain(
      "denuclearization:korean-peninsula",
    );
    expect(pluck(at(d, "leader", "counterparts"), "leader", "id")).toEqual(["sanae-takaichi"]);
  },
  "stance-matrix-of-a-topic.graphql": (d) => {
    expect(at(d, "topic", "stanceMatrix")).toEqual([
      { country: { code: "JPN", name: "Japan" }, support: 1, oppose: 0, concern: 0 },
      { country: { code: "KOR", name: "South Korea" }, support: 1, oppose: 0, concern: 0 },
    ]);
  },
  "counterparts-a-state-met-most.graphql": (d) => {
    expect(pluck(at(d, "country", "counterparts"), "country", "code")).toEqual(["CHN", "JPN"]);
    expect(at(d, "meetingStats")).toEqual([{ period: "2026-01", count: 3 }]);
  },
};

/**
 * Cypher statements per question: one per root field (with the nested parts and pages it
 * plans), plus one per batched nested level it cannot plan (positions' meetings).
 */
const STATEMENTS: Record<string, number> = {
  "summits-of-a-state-in-a-year.graphql": 1,
  "leader-meetings-and-positions.graphql": 2,
  "leader-dossier.graphql": 1,
  "stance-matrix-of-a-topic.graphql": 1,
  "positions-on-a-topic-over-time.graphql": 1,
  "quotes-of-a-leader.graphql": 2,
  "counterparts-a-state-met-most.graphql": 3,
};

describe("the documented queries (docs/queries)", () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await openApiHarness();
    await h.load(seedRecord());
  });
  afterAll(async () => {
    await h.close();
  });

  it("has an expectation for every file", () => {
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(files)("%s runs on the seed article", async (file) => {
    const text = readFileSync(`${dir}/${file}`, "utf8");
    const variables = JSON.parse(/^# variables: (.*)$/m.exec(text)?.[1] ?? "{}") as Record<
      string,
      unknown
    >;
    const result = await h.run(text, variables);
    expect(result.errors).toBeUndefined();
    EXPECTED[file]?.(result.data);
    expect(result.statements).toBe(STATEMENTS[file]);
  });
});
