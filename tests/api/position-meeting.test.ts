import { type GraphQLResolveInfo } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PositionResolver } from "../../src/api/positions/position.resolver.js";
import { type Position } from "../../src/api/positions/position.type.js";
import { type ApiHarness, openApiHarness, seedRecord } from "./api-harness.js";
import { meetingsWith, projectedParts } from "./meeting-parts.js";

/** A selection of `meeting { id }` alone: no nested part to plan. */
const MEETING_ID_ONLY = {
  fieldNodes: [],
  fragments: {},
  variableValues: {},
} as unknown as GraphQLResolveInfo;

// Every statement that projects positions reads their meeting's id when a query selects
// Position.meeting (a leader's only then), so no query today reaches Position.meeting
// with a row that lacks it. The resolver still answers such a row, from the position's
// own statement, rather than leave the field null for a position stated at a meeting.
describe("Position.meeting of a row without its meeting's id", () => {
  let h: ApiHarness;
  let positions: Position[];
  beforeAll(async () => {
    h = await openApiHarness();
    await h.load(seedRecord());
    const meetings = await meetingsWith(h, "positions");
    positions = await projectedParts(h, meetings, { positions: true }, "positions");
  });
  afterAll(() => h.close());

  /** Position.meeting of `row` as its resolver answers it, and the statements that took. */
  const meetingOf = async (row: Position) => {
    const before = h.graph.executor.statementCount;
    const meeting = await new PositionResolver().meeting(row, h.api.contextFor(), MEETING_ID_ONLY);
    return { meeting, statements: h.graph.executor.statementCount - before };
  };

  it("reads the id from the position's statement, then the meeting", async () => {
    const stated = positions.find((p) => p.meetingId != null)!;
    expect(stated).toBeDefined();
    const { meeting, statements } = await meetingOf({
      ...stated,
      meetingId: undefined,
    } as unknown as Position);
    expect(meeting?.id).toBe(stated.meetingId);
    // The position's statement, then the meeting's.
    expect(statements).toBe(2);
  });

  it("answers null for a position stated at no meeting", async () => {
    const { meeting, statements } = await meetingOf({
      ...positions[0]!,
      meetingId: null,
    } as unknown as Position);
    expect(meeting).toBeNull();
    expect(statements).toBe(0);
  });
});
