import { foldName } from "../../domain/keys.js";
import { type GraphExecutor } from "../../graph/executor.js";
import {
  type MeetingPageRow,
  meetingPageParamOrNone,
  prefetchedMeetingPage,
} from "../meetings/meeting.service.js";
import { decodeCursor, encodeCursor } from "../paging/cursor.js";
import { type Page, toPage } from "../shared/page-info.type.js";
import { byKey, readRows } from "../shared/read-rows.js";
import { listOrNull } from "../shared/timeline-scope.js";
import { type LeaderFilter } from "./leader.input.js";
import { type LeaderNested } from "./leader-nested.js";
import { type Leader, type LeaderCounterpartRow } from "./leader.type.js";

const LEADER_LIST = "leaders";

export interface LeaderInclude extends LeaderPositionParts {
  positions: boolean;
  quotes: boolean;
}

/** What the leader statements read of each of a leader's positions (leaderPositionParts). */
export interface LeaderPositionParts {
  /** The positions' reporting articles (for sources, sourceCount, publisherCount). */
  positionSources: boolean;
  /** Where each was stated (Position.meeting); unread, `meetingId` is absent. */
  positionMeetings: boolean;
  positionSpeakers: boolean;
  positionTopicDetails: boolean;
  positionHolderNames: boolean;
}

const NO_LEADER_PARTS: LeaderInclude = {
  positions: false,
  positionSources: false,
  positionMeetings: false,
  positionSpeakers: false,
  positionTopicDetails: false,
  positionHolderNames: false,
  quotes: false,
};

/** One page of leaders by id; the name filter is folded like the stored searchName. */
export async function findLeaderPage(
  executor: GraphExecutor,
  args: {
    filter?: LeaderFilter | null;
    first: number;
    after?: string | null;
    asOf: string | null;
    include: LeaderInclude & { totalCount: boolean };
  },
): Promise<Page<Leader>> {
  const cursor = args.after == null ? null : decodeCursor(args.after, LEADER_LIST);
  const name = args.filter?.name == null ? "" : foldName(args.filter.name);
  const [result] = await readRows<{ totalCount: number | null; rows: Leader[] }>(
    executor,
    "api/find-leaders",
    {
      // One map, not nullable parameters: see asOfParam in read-rows.ts.
      filter: {
        nameFolded: name === "" ? null : name,
        countries: listOrNull(args.filter?.countries),
        afterId: cursor?.id ?? null,
      },
      limit: args.first + 1,
      asOf: args.asOf,
      include: args.include,
    },
  );
  return toPage(result?.rows ?? [], {
    first: args.first,
    totalCount: result?.totalCount ?? 0,
    cursorOf: (leader) => encodeCursor({ list: LEADER_LIST, key: null, id: leader.id }),
  });
}

/** A row of find-leaders-by-ids: a leader with the nested parts that were planned. */
type LeaderRow = Leader & {
  meetingPage?: MeetingPageRow | null;
  counterparts?: LeaderCounterpartRow[] | null;
};

/** Leaders by id, with their meetings page and counterparts when `nested` plans them. */
export async function findLeadersByIds(
  executor: GraphExecutor,
  args: {
    keys: string[];
    include: Partial<LeaderInclude>;
    asOf: string | null;
    nested?: LeaderNested;
  },
): Promise<Map<string, Leader>> {
  const { meetings, counterparts } = args.nested ?? {};
  const rows = await readRows<{ row: LeaderRow }>(executor, "api/find-leaders-by-ids", {
    ids: args.keys,
    asOf: args.asOf,
    include: { ...NO_LEADER_PARTS, ...args.include },
    // Both maps even when not planned: a parameter's type is part of Neo4j's plan cache key
    // (see meetingPageParamOrNone), and a null would plan this statement twice.
    meetingPage: meetingPageParamOrNone(meetings),
    counterparts: counterparts
      ? { from: counterparts.from, to: counterparts.to, first: counterparts.first }
      : { from: null, to: null, first: null },
  });
  return byKey(
    rows.map(({ row }) => ({ row: withPrefetched(row, args.nested) })),
    (l) => l.id,
  );
}

function withPrefetched(row: LeaderRow, nested: LeaderNested | undefined): Leader {
  const { meetingPage, counterparts, ...leader } = row;
  const meetings = nested?.meetings;
  return {
    ...leader,
    prefetchedMeetings: meetings ? prefetchedMeetingPage(meetings, meetingPage) : undefined,
    prefetchedCounterparts:
      nested?.counterparts && counterparts
        ? { key: nested.counterparts.key, value: counterparts }
        : undefined,
  };
}
