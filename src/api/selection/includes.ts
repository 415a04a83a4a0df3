import { type LeaderInclude, type LeaderPositionParts } from "../leaders/leader.service.js";
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
    ...participantParts(subtree(tree, "participants")),
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
    positionTopicDetails: hasTopicDetails(topic),
    positionHolderNames: subtree(positions, "holders").has("name"),
    positionEvidence: positions.has("evidence"),
  };
}

/**
 * What the meeting statements read of each of a meeting's participants, from their
 * selection: the office (Leader.title and Leader.country are its parts) and its state's name.
 */
export function participantParts(
  participants: SelectionTree,
): Pick<MeetingInclude, "participantOffices" | "participantCountryNames"> {
  return {
    participantOffices: participants.has("title") || participants.has("country"),
    participantCountryNames: subtree(participants, "country").has("name"),
  };
}

/** The reporting articles are read for the list and for the two counts made from it. */
export function needsSources(tree: SelectionTree): boolean {
  return tree.has("sources") || tree.has("sourceCount") || tree.has("publisherCount");
}

export function positionInclude(tree: SelectionTree): PositionInclude {
  return { meeting: tree.has("meeting"), evidence: tree.has("evidence") };
}

export function leaderInclude(tree: SelectionTree): LeaderInclude {
  return {
    positions: tree.has("positions") || tree.has("positionsByTopic"),
    ...leaderPositionParts(subtree(tree, "positions"), subtree(tree, "positionsByTopic")),
    quotes: tree.has("quotes"),
  };
}

/**
 * What the leader statements read of each of a leader's positions: Leader.positions and
 * Leader.positionsByTopic (which groups the same projected positions) select from one
 * list, so it carries what either selects, the groups' topics included.
 */
export function leaderPositionParts(
  positions: SelectionTree,
  grouped: SelectionTree,
): LeaderPositionParts {
  const lists = [positions, subtree(grouped, "positions")];
  const some = (test: (list: SelectionTree) => boolean): boolean => lists.some(test);
  const groupTopic = subtree(grouped, "topic");
  return {
    positionSources: some(needsSources),
    positionMeetings: some((list) => list.has("meeting")),
    positionSpeakers: some((list) => list.has("speakers")),
    positionTopicDetails:
      some((list) => hasTopicDetails(subtree(list, "topic"))) || hasTopicDetails(groupTopic),
    positionHolderNames: some((list) => subtree(list, "holders").has("name")),
  };
}

function hasTopicDetails(topic: SelectionTree): boolean {
  return topic.has("kind") || topic.has("args") || topic.has("label");
}

export function countryInclude(tree: SelectionTree): { leaders: boolean; positions: boolean } {
  return { leaders: tree.has("leaders"), positions: tree.has("positions") };
}

export function articleInclude(tree: SelectionTree): { meetings: boolean } {
  return { meetings: tree.has("meetings") };
}
