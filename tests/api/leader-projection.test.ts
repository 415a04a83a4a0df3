import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findLeadersByIds } from "../../src/api/leaders/leader.service.js";
import { planNestedMeetings } from "../../src/api/meetings/nested-meetings.js";
import { type SelectionTree } from "../../src/api/selection/selection-tree.js";
import { type ApiHarness, openApiHarness, seedRecord } from "./api-harness.js";

const LEE = "lee-jae-myung";

/** A selection tree written as nested objects: `{ edges: { node: { id: {} } } }`. */
interface Fields {
  [name: string]: Fields;
}
function tree(fields: Fields): SelectionTree {
  return new Map(Object.entries(fields).map(([name, sub]) => [name, tree(sub)]));
}

// A leader's page (Q2, the dossier) reads only what the query selects: the reporting
// articles of its positions and meetings cost a walk through evidence and articles per item,
// so the leader statements project them only when sources (or their counts) are asked.
describe("the leader statements project sources only when asked", () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await openApiHarness();
    await h.load(seedRecord());
  });
  afterAll(() => h.close());

  it("leaves the positions' sources out unless positionSources is planned", async () => {
    const read = async (positionSources: boolean) =>
      (
        await findLeadersByIds(h.graph.executor, {
          keys: [LEE],
          include: { positions: true, positionSources },
          asOf: null,
        })
      ).get(LEE)?.positions ?? [];
    const without = await read(false);
    const withSources = await read(true);
    expect(without.length).toBeGreaterThan(0);
    expect(without.every((p) => p.sources == null)).toBe(true);
    expect(withSources.every((p) => (p.sources ?? []).length > 0)).toBe(true);
  });

  it("leaves the meeting page's sources out unless the page selects them", async () => {
    const page = async (fields: Fields) => {
      const plan = planNestedMeetings({
        key: "leader",
        page: { first: 5 },
        tree: tree({ edges: { node: fields } }),
      });
      const leader = (
        await findLeadersByIds(h.graph.executor, {
          keys: [LEE],
          include: {},
          asOf: null,
          nested: { meetings: { key: "k", ...plan } },
        })
      ).get(LEE);
      return leader?.prefetchedMeetings?.value.edges.map((e) => e.node) ?? [];
    };
    const bare = await page({ id: {}, positions: { stance: {} } });
    const sourced = await page({ id: {}, sourceCount: {}, positions: { sources: { id: {} } } });
    expect(bare.length).toBeGreaterThan(0);
    expect(bare.every((m) => m.sources == null)).toBe(true);
    expect(bare.flatMap((m) => m.positions ?? []).every((p) => p.sources == null)).toBe(true);
    expect(sourced.every((m) => (m.sources ?? []).length > 0)).toBe(true);
    const positions = sourced.flatMap((m) => m.positions ?? []);
    expect(positions.length).toBeGreaterThan(0);
    expect(positions.every((p) => (p.sources ?? []).length > 0)).toBe(true);
  });

  it("still answers sources asked through positionsByTopic in one statement", async () => {
    const result = await h.run(`{ leader(id: "${LEE}") {
      positionsByTopic { topic { id } positions { stance sourceCount sources { publisher } } }
      meetings(first: 5) { edges { node { id sourceCount } } }
    } }`);
    expect(result.errors).toBeUndefined();
    expect(result.statements).toBe(1);
    const leader = result.data?.leader as {
      positionsByTopic: { positions: { sourceCount: number; sources: unknown[] }[] }[];
      meetings: { edges: { node: { sourceCount: number } }[] };
    };
    const positions = leader.positionsByTopic.flatMap((g) => g.positions);
    expect(positions.length).toBeGreaterThan(0);
    expect(positions.every((p) => p.sourceCount === 1 && p.sources.length === 1)).toBe(true);
    expect(leader.meetings.edges.every((e) => e.node.sourceCount === 1)).toBe(true);
  });
});
