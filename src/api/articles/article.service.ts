import { type GraphExecutor } from "../../graph/executor.js";
import { decodeCursor, encodeCursor } from "../paging/cursor.js";
import { type Page, toPage } from "../shared/page-info.type.js";
import { byKey, readRows } from "../shared/read-rows.js";
import { type Article } from "./article.type.js";

const ARTICLE_LIST = "articles";
const UNDATED = "~";

export async function findArticlePage(
  executor: GraphExecutor,
  args: {
    first: number;
    after?: string | null;
    asOf: string | null;
    include: { totalCount: boolean; meetings: boolean };
  },
): Promise<Page<Article>> {
  const cursor = args.after == null ? null : decodeCursor(args.after, ARTICLE_LIST);
  const [result] = await readRows<{ totalCount: number | null; rows: Article[] }>(
    executor,
    "api/find-articles",
    {
      // One map, not nullable parameters: see asOfParam in read-rows.ts.
      filter: {
        afterKey: cursor === null ? null : (cursor.key ?? UNDATED),
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
    cursorOf: (a) => encodeCursor({ list: ARTICLE_LIST, key: a.publishedAt, id: a.id }),
  });
}

export async function findArticlesByIds(
  executor: GraphExecutor,
  args: { keys: string[]; include: Record<string, boolean>; asOf: string | null },
): Promise<Map<string, Article>> {
  const rows = await readRows<{ row: Article }>(executor, "api/find-articles-by-ids", {
    ids: args.keys,
    asOf: args.asOf,
    include: { meetings: false, ...args.include },
  });
  return byKey(rows, (a) => a.id);
}
