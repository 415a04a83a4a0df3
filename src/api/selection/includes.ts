import { type LeaderInclude } from "../leaders/leader.service.js";
import { type MeetingInclude } from "../meetings/meeting.service.js";
import { type PositionInclude } from "../positions/position.service.js";
import { type SelectionTree, subtree } from "./selection-tree.js";

/**
 * The nested parts each statement must project, from the fields a query selects
 * on one object. Unselected parts are not projected (the statement's CASE guards).
 */
export function meetingInclude(tree: SelectionTree): MeetingInclude {
  return {
    sources: needsSources(tree),
    countries: tree.has("countries"),
    participants: tree.has("participants"),
    participantCountryNames: needsCountryNames(subtree(tree, "participants")),
    positions: tree.has("positions"),
    ...positionParts(subtree(tree, "positions")),
    quotes: tree.has("quotes"),
    quoteEvidence: subtree(tree, "quotes").has("evidence"),
    evidence: tree.has("evidence"),
  };
}

/** What the meeting statements read of each of a meeting's positions, from their selection. */
export function positionParts(
  positions: SelectionTree,
): Pick<
  MeetingInclude,
  | "positionSources"
  | "positionSpeakers"
  | "positionTopicDetails"
  | "positionHolderNames"
  | "positionEvidence"
> {
  const topic = subtree(positions, "topic");
  return {
    positionSources: needsSources(positions),
    positionSpeakers: positions.has("speakers"),
    positionTopicDetails: topic.has("kind") || topic.has("args") || topic.has("label"),
    positionHolderNames: subtree(positions, "holders").has("name"),
    positionEvidence: positions.has("evidence"),
  };
}

/** Whether the query reads the names of the leaders' states (a leader's `country { name }`). */
export function needsCountryNames(leaders: SelectionTree): boolean {
  return subtree(leaders, "country").has("name");
}

/** The reporting articles are read for the list and for the two counts made from it. */
export function needsSources(tree: SelectionTree): boolean {
  return tree.has("sources") || tree.has("sourceCount") || tree.has("publisherCount");
}

export function positionInclude(tree: SelectionTree): PositionInclude {
  return { meeting: tree.has("meeting"), evidence: tree.has("evidence") };
}

export function leaderInclude(tree: SelectionTree): LeaderInclude {
  // positionsByTopic groups the projected positions: it needs them, nothing more.
  const grouped = subtree(tree, "positionsByTopic");
  return {
    positions: tree.has("positions") || tree.has("positionsByTopic"),
    positionSources:
      needsSources(subtree(tree, "positions")) || needsSources(subtree(grouped, "positions")),
    quotes: tree.has("quotes"),
  };
}

export function countryInclude(tree: SelectionTree): { leaders: boolean; positions: boolean } {
  return { leaders: tree.has("leaders"), positions: tree.has("positions") };
}

export function articleInclude(tree: SelectionTree): { meetings: boolean } {
  return { meetings: tree.has("meetings") };
}
