import { type Position } from "./position.type.js";
import { type TopicPositions } from "./topic-positions.type.js";

/** Positions (in date order) grouped by topic, the groups in the order of topic ids. */
export function groupPositionsByTopic(positions: readonly Position[]): TopicPositions[] {
  const groups = new Map<string, TopicPositions>();
  for (const position of positions) {
    const group = groups.get(position.topic.id);
    if (group) group.positions.push(position);
    else groups.set(position.topic.id, { topic: position.topic, positions: [position] });
  }
  return [...groups.values()].sort((a, b) =>
    a.topic.id < b.topic.id ? -1 : a.topic.id > b.topic.id ? 1 : 0,
  );
}
