import { BadUserInputError } from "../errors/api-error.js";
import { type CursorPosition, decodeCursor } from "../paging/cursor.js";
import { EARLIEST_DAY, LATEST_DAY, parseDayRange, yearBefore } from "../paging/date-range.js";

/**
 * The keyset part of a timeline scope (meetings, positions): the bounds of the index
 * seek on (dateStart, id), the exact range test, and where the previous page ended.
 * No dated fact spans more than a year, so a seek from a year before `from` finds
 * every interval that overlaps the range.
 */
export interface TimelineKeyset {
  from: string | null;
  to: string | null;
  countFrom: string;
  countTo: string;
  seekFrom: string;
  seekTo: string;
  /** The seek of the ascending branch; an empty range (from > to) when descending. */
  ascFrom: string;
  ascTo: string;
  descFrom: string;
  descTo: string;
  dated: boolean;
  undated: boolean;
  afterDate: string | null;
  afterId: string | null;
  undatedAfterId: string | null;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** An index seek range that holds nothing: how a statement skips a branch without scanning. */
const EMPTY_SEEK = { from: LATEST_DAY, to: EARLIEST_DAY };

export function planTimelineKeyset(args: {
  list: string;
  from?: string | null;
  to?: string | null;
  after?: string | null;
  desc: boolean;
}): TimelineKeyset {
  const range = parseDayRange(args.from, args.to);
  const cursor = args.after == null ? null : decodeCursor(args.after, args.list);
  if (cursor?.key != null && !ISO_DAY.test(cursor.key)) {
    throw new BadUserInputError(`"after" is not a cursor of this list`, "after");
  }
  const countFrom = range.from === null ? EARLIEST_DAY : yearBefore(range.from);
  const countTo = range.to ?? LATEST_DAY;
  const seek = seekBounds({ countFrom, countTo, cursor, desc: args.desc });
  const dated = cursor === null || cursor.key !== null;
  const wanted = (branch: boolean): { from: string; to: string } =>
    branch ? { from: seek.seekFrom, to: seek.seekTo } : EMPTY_SEEK;
  const asc = wanted(dated && !args.desc);
  const desc = wanted(dated && args.desc);
  return {
    from: range.from,
    to: range.to,
    countFrom,
    countTo,
    ...seek,
    ascFrom: asc.from,
    ascTo: asc.to,
    descFrom: desc.from,
    descTo: desc.to,
    dated,
    undated: range.from === null && range.to === null,
    afterDate: cursor?.key ?? null,
    afterId: cursor !== null && cursor.key !== null ? cursor.id : null,
    undatedAfterId: cursor !== null && cursor.key === null ? cursor.id : null,
  };
}

function seekBounds(args: {
  countFrom: string;
  countTo: string;
  cursor: CursorPosition | null;
  desc: boolean;
}): { seekFrom: string; seekTo: string } {
  const key = args.cursor?.key ?? null;
  if (key === null) return { seekFrom: args.countFrom, seekTo: args.countTo };
  return args.desc
    ? { seekFrom: args.countFrom, seekTo: key < args.countTo ? key : args.countTo }
    : { seekFrom: key > args.countFrom ? key : args.countFrom, seekTo: args.countTo };
}

/** Empty lists mean "no condition", like an absent one. */
export function listOrNull<T>(values: readonly T[] | null | undefined): T[] | null {
  return values == null || values.length === 0 ? null : [...values];
}

/** The topic condition of a timeline scope; `byTopic` is false when no topic is named. */
export interface TopicCondition {
  byTopic: boolean;
  topicKind: string | null;
  topicArgs: string[] | null;
}

/** Turns a `TopicFilter` (kind and/or args, either optional) into statement parameters. */
export function planTopicCondition(
  topic: { kind?: string | null; args?: string[] | null } | null | undefined,
): TopicCondition {
  const topicArgs = listOrNull(topic?.args);
  const topicKind = topic?.kind ?? null;
  return { byTopic: topicKind !== null || topicArgs !== null, topicKind, topicArgs };
}
