import { type GraphQLResolveInfo } from "graphql";
import { type NestedMeetingsArgs } from "../meetings/meeting.args.js";
import { type NestedMeetingsPlan, planNestedMeetings } from "../meetings/nested-meetings.js";
import { checkPageSize } from "../paging/cursor.js";
import { parseDayRange } from "../paging/date-range.js";
import { nestedFieldArguments } from "../selection/field-arguments.js";
import { planOrSkip, someOrUndefined } from "../selection/plan-nested.js";
import { selectionTree, subtree } from "../selection/selection-tree.js";

/** Leader.counterparts: the range of the shared meetings and how many counterparts. */
export interface CounterpartsPlan {
  from: string | null;
  to: string | null;
  first: number;
}

/** The counterparts a leader field returns when `first` is not given. */
export const DEFAULT_COUNTERPARTS = 10;

/**
 * The nested parts with arguments that find-leaders-by-ids projects, each for one set of
 * arguments, identified by their key (selection/field-arguments.ts).
 */
export interface LeaderNested {
  meetings?: NestedMeetingsPlan & { key: string };
  counterparts?: CounterpartsPlan & { key: string };
}

/** Validates the arguments of Leader.counterparts (BAD_USER_INPUT when malformed). */
export function planCounterparts(args: {
  from?: string | null;
  to?: string | null;
  first?: number | null;
}): CounterpartsPlan {
  return {
    ...parseDayRange(args.from, args.to),
    first: checkPageSize(args.first ?? DEFAULT_COUNTERPARTS),
  };
}

/**
 * What a `leader(id)` statement projects besides the leader: its meetings page and its
 * counterparts, when the selection asks each with one set of arguments. The leader and
 * everything it asks are then one statement.
 */
export function planLeaderNested(info: GraphQLResolveInfo): LeaderNested | undefined {
  const tree = selectionTree(info);
  const meetings = nestedFieldArguments(info, "meetings");
  const counterparts = nestedFieldArguments(info, "counterparts");
  return someOrUndefined({
    meetings: planOrSkip(() =>
      meetings === null
        ? undefined
        : {
            key: meetings.key,
            ...planNestedMeetings({
              key: "leader",
              page: meetings.args as NestedMeetingsArgs,
              tree: subtree(tree, "meetings"),
            }),
          },
    ),
    counterparts: planOrSkip(() =>
      counterparts === null
        ? undefined
        : { key: counterparts.key, ...planCounterparts(counterparts.args) },
    ),
  });
}
