import { codeMeeting, countryCountOf, type EventCoding } from "../../domain/event-codes.js";
import { type MeetingKind, type MeetingStatus } from "../../domain/vocabulary.js";
import { type GraphExecutor } from "../../graph/executor.js";
import { type Leader } from "../leaders/leader.type.js";
import { encodeCursor } from "../paging/cursor.js";
import { type Page, toPage } from "../shared/page-info.type.js";
import { type Prefetched } from "../shared/prefetched.js";
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
import { type NestedMeetingsPlan } from "./nested-meetings.js";

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
  /**
   * The participants' offices (Leader.title and Leader.country): a page that lists names
   * (the deep nest's inner levels) reads no office of its many participants.
   */
  participantOffices: boolean;
  /**
   * The names of the participants' states: a page's participants are most of its rows, and
   * a timeline selects their states' codes more often than their names.
   */
  participantCountryNames: boolean;
  positions: boolean;
  positionSources: boolean;
  /** The leaders who stated each position: read only when a query selects them. */
  positionSpeakers: boolean;
  /** Each position's topic beyond its id (kind, args, label): a page often selects the id. */
  positionTopicDetails: boolean;
  /** The names of the states that hold each position: a page often selects their codes. */
  positionHolderNames: boolean;
  positionEvidence: boolean;
  quotes: boolean;
  /** Each quote's evidence (sentence and article): read only when a query selects it. */
  quoteEvidence: boolean;
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

/**
 * The nested parts with arguments that find-meetings and find-meetings-by-ids project:
 * the participants' own meetings page (Meeting.participants -> Leader.meetings) for one
 * set of arguments, identified by their key (planned in nested-meetings.ts).
 */
export interface MeetingNested {
  participantMeetings?: NestedMeetingsPlan & { key: string };
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
    nested?: MeetingNested;
  },
): Promise<Page<Meeting>[]> {
  const { nested, ...page } = args;
  const pages = await readScopedPages(executor, {
    ...page,
    statement: "api/find-meetings",
    cursorOf: meetingCursor,
    params: { participantMeetings: meetingPageParamOrNone(nested?.participantMeetings) },
  });
  for (const { edges } of pages) for (const { node } of edges) withParticipantPages(node, nested);
  return pages;
}

export async function findMeetingsByIds(
  executor: GraphExecutor,
  args: {
    keys: string[];
    include: Record<string, boolean>;
    asOf: string | null;
    nested?: MeetingNested;
  },
): Promise<Map<string, Meeting>> {
  const rows = await readRows<{ row: Meeting }>(executor, "api/find-meetings-by-ids", {
    ids: args.keys,
    asOf: args.asOf,
    include: { ...NO_MEETING_PARTS, ...args.include },
    participantMeetings: meetingPageParamOrNone(args.nested?.participantMeetings),
  });
  for (const { row } of rows) withParticipantPages(row, args.nested);
  return byKey(rows, (m) => m.id);
}

/** The parameter of a statement that projects a parent's page ($meetingPage, $participantMeetings). */
export function meetingPageParam(plan: NestedMeetingsPlan): {
  scope: MeetingScope;
  limit: number;
  desc: boolean;
  include: NestedMeetingsPlan["include"];
} {
  // One row more than asked tells whether another page follows.
  return { scope: plan.scope, limit: plan.first + 1, desc: plan.desc, include: plan.include };
}

/** A parent's page as a statement projects it: its matches counted (when asked), its rows. */
export interface MeetingPageRow {
  /** Null when the query did not select it (the statements count only then). */
  totalCount: number | null;
  rows: Meeting[] | null;
}

/** A projected page as the value a parent's `meetings` field answers from, for its arguments. */
export function prefetchedMeetingPage(
  plan: NestedMeetingsPlan & { key: string },
  page: MeetingPageRow | null | undefined,
): Prefetched<Page<Meeting>> | undefined {
  if (!page) return undefined;
  const value = toPage(page.rows ?? [], {
    first: plan.first,
    totalCount: page.totalCount ?? 0,
    cursorOf: meetingCursor,
  });
  return { key: plan.key, value };
}

/**
 * A parent's page parameter (`$participantMeetings`, `$meetingPage`) whether planned or
 * not: a map with a null scope when not planned, never null, since a parameter's type is
 * part of Neo4j's plan cache key: null and a map would be two plans of the statement
 * (seconds each for find-meetings and find-leaders-by-ids), the second planned by the
 * first request that asks a parent's page.
 */
export function meetingPageParamOrNone(
  plan: NestedMeetingsPlan | undefined,
): Omit<ReturnType<typeof meetingPageParam>, "scope"> & { scope: MeetingScope | null } {
  return plan
    ? meetingPageParam(plan)
    : { scope: null, limit: 0, desc: false, include: { totalCount: false, ...NO_MEETING_PARTS } };
}

/**
 * Turns the pages a statement projected on a meeting's participants (`meetingPage`) into
 * the `prefetchedMeetings` that Leader.meetings answers from, for the planned arguments.
 * In place (the rows are this request's own, read-rows.ts) and idempotent: equal scopes of
 * one statement share their rows (readScopedPages).
 */
function withParticipantPages(meeting: Meeting, nested: MeetingNested | undefined): void {
  const plan = nested?.participantMeetings;
  if (!plan || !meeting.participants) return;
  type ParticipantRow = Leader & { meetingPage?: MeetingPageRow | null };
  for (const participant of meeting.participants as ParticipantRow[]) {
    if (participant.meetingPage === undefined) continue;
    participant.prefetchedMeetings = prefetchedMeetingPage(plan, participant.meetingPage);
    participant.meetingPage = undefined;
  }
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
  participantOffices: false,
  participantCountryNames: false,
  positions: false,
  positionSources: false,
  positionSpeakers: false,
  positionTopicDetails: false,
  positionHolderNames: false,
  positionEvidence: false,
  quotes: false,
  quoteEvidence: false,
  evidence: false,
};
