import { describe, expect, it } from "vitest";
import { groupPositionsByTopic } from "./group-by-topic.js";
import { type Position } from "./position.type.js";

const position = (id: string, topic: string): Position =>
  ({ id, topic: { id: topic, kind: "trade", args: [], label: topic } }) as unknown as Position;

describe("groupPositionsByTopic", () => {
  it("groups by topic in the order of topic ids, keeping each group's order", () => {
    const groups = groupPositionsByTopic([
      position("p1", "trade:USA"),
      position("p2", "sanctions:PRK"),
      position("p3", "trade:USA"),
      position("p4", "climate-energy"),
    ]);
    expect(groups.map((g) => [g.topic.id, g.positions.map((p) => p.id)])).toEqual([
      ["climate-energy", ["p4"]],
      ["sanctions:PRK", ["p2"]],
      ["trade:USA", ["p1", "p3"]],
    ]);
  });
});
