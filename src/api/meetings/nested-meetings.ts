import { type GraphQLResolveInfo } from "graphql";
import { type ApiContext } from "../context.js";
import { checkPageSize } from "../paging/cursor.js";
import { meetingInclude } from "../selection/includes.js";
import { connectionNodes, selectionTree, type SelectionTree } from "../selection/selection-tree.js";
import { type NestedMeetingsArgs } from "./meeting.args.js";
import { type MeetingInclude, type MeetingScope, planMeetingScope } from "./meeting.service.js";
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
  return args.ctx.loaders.meetingPage.load({ ...plan, asOf: args.asOf });
}
