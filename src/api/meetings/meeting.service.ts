import { codeMeeting, countryCountOf, type EventCoding } from "../../domain/event-codes.js";
import { type MeetingKind, type MeetingStatus } from "../../domain/vocabulary.js";
import { type GraphExecutor } from "../../graph/executor.js";
import { encodeCursor } from "../paging/cursor.js";
import { type Page } from "../shared/page-info.type.js";
import { byKey, readRows, readScopedPages } from "../shared/read-rows.js";
import {
  listOrNull,
  planTimelineKeyset,
  planTopicCondition,
  type TimelineKeyset,
  type TopicCondition,
} from "../shared/timeline-scope.js";
import { type MeetingFilter } from "./meeting.input.js";
import { type Meeting, type PeriodCount } from "./meeting.type.js";

export const MEETING_LIST = "meetings";

/** One filter and keyset position of find-meetings; several are answered by one statement. */
export interface MeetingScope extends TimelineKeyset, TopicCondition {
  key: string;
  countries: string[] | null;
  anyCountries: string[] | null;
  leaders: string[] | null;
  kinds: string[] | null;
  statuses: string[] | null;
}

/** The nested parts of a meeting that a statement projects. */
export interface MeetingInclude {
  /** The articles: for sources, sourceCount and publisherCount. */
  sources: boolean;
  countries: boolean;
  participants: boolean;
  positions: boolean;
  positionSources: boolean;
  positionEvidence: boolean;
  quotes: boolean;
  evidence: boolean;
}

/** Validates a filter and cursor into a scope; malformed dates or cursors are BAD_USER_INPUT. */
export function planMeetingScope(args: {
  key: string;
  filter?: MeetingFilter | null;
  after?: string | null;
  desc: boolean;
  extra?: { countries?: string[]; leaders?: string[] };
}): MeetingScope {
  const filter = args.filter ?? {};
  const keyset = planTimelineKeyset({
    list: MEETING_LIST,
    from: filter.from,
    to: filter.to,
    after: args.after,
    desc: args.desc,
  });
  return {
    key: args.key,
    ...keyset,
    countries: listOrNull([...(filter.countries ?? []), ...(args.extra?.countries ?? [])]),
    anyCountries: listOrNull(filter.anyCountries),
    leaders: listOrNull([...(filter.leaders ?? []), ...(args.extra?.leaders ?? [])]),
    kinds: listOrNull(filter.kinds),
    statuses: listOrNull(filter.statuses),
    ...planTopicCondition(filter.topic),
  };
}

/** A meeting's CAMEO and PLOVER codes, from the attributes every meeting row carries. */
export function meetingCoding(meeting: Meeting): EventCoding {
  return codeMeeting({
    kind: meeting.kind as MeetingKind,
    status: meeting.status as MeetingStatus,
    agreements: meeting.agreements ?? [],
    countryCount: countryCountOf(meeting.countryKey),
  });
}

export function meetingCursor(meeting: Meeting): string {
  return encodeCursor({ list: MEETING_LIST, key: meeting.dateStart, id: meeting.id });
}

/** Pages of meetings for several scopes in one statement. */
export async function findMeetingPages(
  executor: GraphExecutor,
  args: {
    scopes: MeetingScope[];
    first: number;
    desc: boolean;
    asOf: string | null;
    include: MeetingInclude & { totalCount: boolean };
  },
): Promise<Page<Meeting>[]> {
  return readScopedPages(executor, {
    ...args,
    statement: "api/find-meetings",
    cursorOf: meetingCursor,
  });
}

export async function findMeetingsByIds(
  executor: GraphExecutor,
  args: { keys: string[]; include: Record<string, boolean>; asOf: string | null },
): Promise<Map<string, Meeting>> {
  const rows = await readRows<{ row: Meeting }>(executor, "api/find-meetings-by-ids", {
    ids: args.keys,
    asOf: args.asOf,
    include: { ...NO_MEETING_PARTS, ...args.include },
  });
  return byKey(rows, (m) => m.id);
}

export async function countMeetingsByPeriod(
  executor: GraphExecutor,
  args: { scope: MeetingScope; unit: string; asOf: string | null },
): Promise<PeriodCount[]> {
  const rows = await readRows<{ period: string; meetings: number }>(
    executor,
    "api/meeting-stats",
    args,
  );
  return rows.map((r) => ({ period: r.period, count: r.meetings }));
}

export const NO_MEETING_PARTS: MeetingInclude = {
  sources: false,
  countries: false,
  participants: false,
  positions: false,
  positionSources: false,
  positionEvidence: false,
  quotes: false,
  evidence: false,
};
