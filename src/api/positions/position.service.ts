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
import { type PositionFilter } from "./position.input.js";
import { type Position } from "./position.type.js";

export const POSITION_LIST = "positions";

export interface PositionScope extends TimelineKeyset, TopicCondition {
  key: string;
  holders: string[] | null;
  speakers: string[] | null;
  stances: string[] | null;
  topicKey: string | null;
}

export interface PositionInclude {
  meeting: boolean;
  evidence: boolean;
}

export function planPositionScope(args: {
  key: string;
  filter?: PositionFilter | null;
  after?: string | null;
  desc: boolean;
  topicKey?: string;
}): PositionScope {
  const filter = args.filter ?? {};
  return {
    key: args.key,
    ...planTimelineKeyset({
      list: POSITION_LIST,
      from: filter.from,
      to: filter.to,
      after: args.after,
      desc: args.desc,
    }),
    holders: listOrNull(filter.holders),
    speakers: listOrNull(filter.speakers),
    stances: listOrNull(filter.stances),
    topicKey: args.topicKey ?? null,
    ...planTopicCondition(filter.topic),
  };
}

export function positionCursor(position: Position): string {
  return encodeCursor({ list: POSITION_LIST, key: position.dateStart, id: position.id });
}

export async function findPositionPages(
  executor: GraphExecutor,
  args: {
    scopes: PositionScope[];
    first: number;
    desc: boolean;
    asOf: string | null;
    include: PositionInclude & { totalCount: boolean };
  },
): Promise<Page<Position>[]> {
  return readScopedPages(executor, {
    ...args,
    statement: "api/find-positions",
    cursorOf: positionCursor,
  });
}

export async function findPositionsByIds(
  executor: GraphExecutor,
  args: { keys: string[]; include: Record<string, boolean>; asOf: string | null },
): Promise<Map<string, Position>> {
  const rows = await readRows<{ row: Position }>(executor, "api/find-positions-by-ids", {
    ids: args.keys,
    asOf: args.asOf,
    include: { meeting: false, evidence: false, ...args.include },
  });
  return byKey(rows, (p) => p.id);
}
