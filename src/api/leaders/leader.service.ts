import { foldName } from "../../domain/keys.js";
import { type GraphExecutor } from "../../graph/executor.js";
import { decodeCursor, encodeCursor } from "../paging/cursor.js";
import { type Page, toPage } from "../shared/page-info.type.js";
import { byKey, readRows } from "../shared/read-rows.js";
import { listOrNull } from "../shared/timeline-scope.js";
import { type LeaderFilter } from "./leader.input.js";
import { type Leader } from "./leader.type.js";

const LEADER_LIST = "leaders";

export interface LeaderInclude {
  positions: boolean;
  quotes: boolean;
}

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
      nameFolded: name === "" ? null : name,
      countries: listOrNull(args.filter?.countries),
      afterId: cursor?.id ?? null,
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

export async function findLeadersByIds(
  executor: GraphExecutor,
  args: { keys: string[]; include: Record<string, boolean>; asOf: string | null },
): Promise<Map<string, Leader>> {
  const rows = await readRows<{ row: Leader }>(executor, "api/find-leaders-by-ids", {
    ids: args.keys,
    asOf: args.asOf,
    include: { positions: false, quotes: false, ...args.include },
  });
  return byKey(rows, (l) => l.id);
}
