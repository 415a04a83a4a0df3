import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PositionResolver } from "../../src/api/positions/position.resolver.js";
import { type Position } from "../../src/api/positions/position.type.js";
import { type ApiHarness, openApiHarness, seedRecord } from "./api-harness.js";
import {
  answeredParts,
  meetingsWith,
  projectedParts,
  waysToMeetingParts,
} from "./meeting-parts.js";

interface PositionAnswer {
  id: string;
  speakers: { id: string }[];
}

// A timeline page selects its positions' topics and holders, rarely who stated them; the
// speakers cost one more expansion per position. The meeting statements project them only
// when a query selects them, and every way to a meeting's positions still answers them then.
describe("the meeting statements project a position's speakers only when asked", () => {
  let h: ApiHarness;
  let meetingsWithPositions: string[];
  beforeAll(async () => {
    h = await openApiHarness();
    await h.load(seedRecord());
    meetingsWithPositions = await meetingsWith(h, "positions");
  });
  afterAll(() => h.close());

  it("reads the speakers of the positions only with positionSpeakers", async () => {
    expect(meetingsWithPositions.length).toBeGreaterThan(0);
    const positions = (positionSpeakers: boolean) =>
      projectedParts(h, meetingsWithPositions, { positions: true, positionSpeakers }, "positions");
    const without = await positions(false);
    const withSpeakers = await positions(true);
    expect(without.length).toBeGreaterThan(0);
    expect(without.every((p) => p.speakers == null)).toBe(true);
    expect(withSpeakers).toHaveLength(without.length);
    expect(withSpeakers.some((p) => (p.speakers ?? []).length > 0)).toBe(true);
  });

  it("loads the speakers of a position that arrives without them", async () => {
    const positions = await projectedParts(
      h,
      meetingsWithPositions,
      { positions: true, positionSpeakers: true },
      "positions",
    );
    const stated = positions.find((p) => p.speakers.length > 0)!;
    const ctx = h.api.contextFor();
    const before = h.graph.executor.statementCount;
    // The row's type promises speakers; a meeting's statement may leave them out.
    const withoutSpeakers = { ...stated, speakers: null } as unknown as Position;
    const loaded = await new PositionResolver().speakers(withoutSpeakers, ctx);
    expect(loaded.map((l) => l.id)).toEqual(stated.speakers.map((l) => l.id));
    expect(h.graph.executor.statementCount - before).toBe(1);
  });

  it.each(waysToMeetingParts(`positions { id speakers { id } }`))(
    "answers them through %s, as the positions query does",
    async (_name, query, statements) => {
      const found = await answeredParts<PositionAnswer>(
        h,
        query(meetingsWithPositions[0]!),
        statements,
        "positions",
      );
      const reference = await h.run(
        `{ positions(first: 100) { edges { node { id speakers { id } } } } }`,
      );
      const speakersOf = new Map(
        (reference.data?.positions as { edges: { node: PositionAnswer }[] }).edges.map((e) => [
          e.node.id,
          e.node.speakers,
        ]),
      );
      for (const position of found)
        expect(position.speakers, position.id).toEqual(speakersOf.get(position.id));
      expect(found.some((p) => p.speakers.length > 0)).toBe(true);
    },
  );
});
