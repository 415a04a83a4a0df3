import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import { type ApiContext } from "../context.js";
import { checkPageSize } from "../paging/cursor.js";
import { parseAsOf } from "../paging/date-range.js";
import { readRows } from "../shared/read-rows.js";
import { toLuceneQuery } from "./lucene-query.js";
import { SearchHit } from "./search-hit.type.js";

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => [SearchHit], {
    description: "Full-text search over leaders, states, meetings, quotes, articles, topics.",
  })
  async search(
    @Arg("text", () => String) text: string,
    @Arg("first", () => Int, { nullable: true, defaultValue: 20 }) first: number | null,
    @Arg("asOf", () => String, { nullable: true }) asOf: string | null,
    @Ctx() ctx: ApiContext,
  ): Promise<SearchHit[]> {
    return readRows<SearchHit>(ctx.executor, "api/search", {
      query: toLuceneQuery(text),
      limit: checkPageSize(first),
      asOf: parseAsOf(asOf),
    });
  }
}
