import { type GraphExecutor } from "../../graph/executor.js";
import { decodeCursor, encodeCursor } from "../paging/cursor.js";
import { type Page, toPage } from "../shared/page-info.type.js";
import { readRows } from "../shared/read-rows.js";
import { listOrNull } from "../shared/timeline-scope.js";
import { type QuoteFilter } from "./quote.input.js";
import { type Quote } from "./quote.type.js";

const QUOTE_LIST = "quotes";
/** Undated quotes sort after every ISO prefix. */
const UNDATED = "~";

export async function findQuotePage(
  executor: GraphExecutor,
  args: {
    filter?: QuoteFilter | null;
    first: number;
    after?: string | null;
    asOf: string | null;
    totalCount: boolean;
  },
): Promise<Page<Quote>> {
  const cursor = args.after == null ? null : decodeCursor(args.after, QUOTE_LIST);
  const text = args.filter?.text?.trim().toLowerCase() ?? "";
  const [result] = await readRows<{ totalCount: number | null; rows: Quote[] }>(
    executor,
    "api/find-quotes",
    {
      // One map, not nullable parameters: see asOfParam in read-rows.ts.
      filter: {
        speakers: listOrNull(args.filter?.speakers),
        meetingId: args.filter?.meeting ?? null,
        textFolded: text === "" ? null : text,
        afterKey: cursor === null ? null : (cursor.key ?? UNDATED),
        afterId: cursor?.id ?? null,
      },
      limit: args.first + 1,
      asOf: args.asOf,
      include: { totalCount: args.totalCount },
    },
  );
  return toPage(result?.rows ?? [], {
    first: args.first,
    totalCount: result?.totalCount ?? 0,
    cursorOf: (q) => encodeCursor({ list: QUOTE_LIST, key: q.date, id: q.id }),
  });
}
