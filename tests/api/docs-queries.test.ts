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
  "counterparts-a-state-met-most.graphql": (d) => {
    expect(pluck(at(d, "country", "counterparts"), "country", "code")).toEqual(["CHN", "JPN"]);
    expect(at(d, "meetingStats")).toEqual([{ period: "2026-01", count: 3 }]);
  },
};

/** Cypher statements per question: one per root field, plus one per batched nested level. */
const STATEMENTS: Record<string, number> = {
  "summits-of-a-state-in-a-year.graphql": 1,
  "leader-meetings-and-positions.graphql": 3,
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
