import { type GraphQLResolveInfo } from "graphql";
import { type ApiContext } from "../context.js";
import { checkPageSize } from "../paging/cursor.js";
import { meetingInclude } from "../selection/includes.js";
import { connectionNodes, selectionTree } from "../selection/selection-tree.js";
import { type NestedMeetingsArgs } from "./meeting.args.js";
import { planMeetingScope } from "./meeting.service.js";
import { type MeetingConnection } from "./meeting.type.js";

/**
 * The meetings of one parent (a country's or a leader's), as a page: queued on the
 * request's batch loader, so that the meetings of every parent of a list are read
 * by one statement. `extra` is the parent's own condition, added to the filter.
 */
export function loadNestedMeetings(args: {
  key: string;
  extra: { countries?: string[]; leaders?: string[] };
  page: NestedMeetingsArgs;
  asOf: string | null;
  ctx: ApiContext;
  info: GraphQLResolveInfo;
}): Promise<MeetingConnection> {
  const tree = selectionTree(args.info);
  return args.ctx.loaders.meetingPage.load({
    scope: planMeetingScope({
      key: args.key,
      filter: args.page.filter,
      after: args.page.after,
      desc: false,
      extra: args.extra,
    }),
    first: checkPageSize(args.page.first),
    desc: false,
    asOf: args.asOf,
    include: { totalCount: tree.has("totalCount"), ...meetingInclude(connectionNodes(tree)) },
  });
}
