import { type GraphQLResolveInfo } from "graphql";
import { type ApiContext } from "../context.js";
import { checkPageSize } from "../paging/cursor.js";
import { nestedFieldArguments } from "../selection/field-arguments.js";
import { meetingInclude } from "../selection/includes.js";
import { planOrSkip } from "../selection/plan-nested.js";
import {
  connectionNodes,
  selectionTree,
  subtree,
  type SelectionTree,
} from "../selection/selection-tree.js";
import { type NestedMeetingsArgs } from "./meeting.args.js";
import {
  type MeetingInclude,
  type MeetingNested,
  type MeetingScope,
  planMeetingScope,
} from "./meeting.service.js";
import { type MeetingConnection } from "./meeting.type.js";

/** A parent's page of meetings, planned from the field's arguments and selection. */
export interface NestedMeetingsPlan {
  scope: MeetingScope;
  first: number;
  desc: boolean;
  include: MeetingInclude & { totalCount: boolean };
}

/**
 * Validates the arguments of a nested `meetings` field (BAD_USER_INPUT when malformed)
 * into a plan; `extra` is the parent's own condition, added to the filter.
 */
export function planNestedMeetings(args: {
  key: string;
  page: NestedMeetingsArgs;
  tree: SelectionTree;
  extra?: { countries?: string[]; leaders?: string[] };
}): NestedMeetingsPlan {
  const desc = args.page.orderBy === "DATE_DESC";
  return {
    scope: planMeetingScope({
      key: args.key,
      filter: args.page.filter,
      after: args.page.after,
      desc,
      extra: args.extra,
    }),
    first: checkPageSize(args.page.first),
    desc,
    include: {
      totalCount: args.tree.has("totalCount"),
      ...meetingInclude(connectionNodes(args.tree)),
    },
  };
}

/**
 * The parts of a participant's meetings page that the meeting statements project besides
 * the meetings' attributes (find-meetings, find-meetings-by-ids: `$participantMeetings`).
 */
const PARTICIPANT_PAGE_PARTS: ReadonlySet<string> = new Set([
  "totalCount",
  "countries",
  "participants",
  "participantOffices",
  "participantCountryNames",
]);

/**
 * What a statement that reads meetings projects for their participants, from the selection
 * of the meeting at `path` under the field being resolved (none for `meeting(id)`; `"edges",
 * "node"` for a connection): each participant's `meetings` page, when every selection asks
 * it with one set of arguments and it selects nothing but attributes, totalCount, pageInfo,
 * countries and participants. The meetings and their participants' pages are then one
 * statement. Otherwise undefined, and Leader.meetings falls back to one more statement for
 * the level (find-leaders-by-ids), as without this plan: when aliases ask different
 * arguments, when they are malformed (the field's own resolver reports them), or when the
 * page selects parts not projected there (sources, positions, quotes, evidence). A third
 * level (the page's participants' own meetings) is not projected: it is that level's one
 * more statement.
 */
export function planMeetingNested(
  info: GraphQLResolveInfo,
  ...path: string[]
): MeetingNested | undefined {
  const args = nestedFieldArguments(info, ...path, "participants", "meetings");
  if (args === null) return undefined;
  const plan = planOrSkip(() =>
    planNestedMeetings({
      key: "participant",
      page: args.args as NestedMeetingsArgs,
      tree: subtree(selectionTree(info), ...path, "participants", "meetings"),
    }),
  );
  const projected =
    plan !== undefined &&
    Object.entries(plan.include).every(
      ([part, wanted]) => !wanted || PARTICIPANT_PAGE_PARTS.has(part),
    );
  return projected ? { participantMeetings: { key: args.key, ...plan } } : undefined;
}

/**
 * The meetings of one parent (a country's), as a page: queued on the request's batch
 * loader, so that the meetings of every parent of a list are read by one statement
 * (find-meetings, a scope per parent). A leader's are read from the leader instead
 * (find-leaders-by-ids), since a leader's meetings are few next to the timeline.
 */
export function loadNestedMeetings(args: {
  key: string;
  extra: { countries?: string[]; leaders?: string[] };
  page: NestedMeetingsArgs;
  asOf: string | null;
  ctx: ApiContext;
  info: GraphQLResolveInfo;
}): Promise<MeetingConnection> {
  const plan = planNestedMeetings({
    key: args.key,
    page: args.page,
    tree: selectionTree(args.info),
    extra: args.extra,
  });
  return args.ctx.loaders.meetingPage.load({
    ...plan,
    asOf: args.asOf,
    nested: planMeetingNested(args.info, "edges", "node"),
  });
}
