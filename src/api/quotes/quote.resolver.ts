import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import { type GraphQLResolveInfo } from "graphql";
import { type ApiContext } from "../context.js";
import { Leader } from "../leaders/leader.type.js";
import { Meeting } from "../meetings/meeting.type.js";
import { checkPageSize } from "../paging/cursor.js";
import { parseAsOf } from "../paging/date-range.js";
import { meetingInclude } from "../selection/includes.js";
import { selectionTree } from "../selection/selection-tree.js";
import { PageArgs } from "../shared/as-of.args.js";
import { QuoteFilter } from "./quote.input.js";
import { findQuotePage } from "./quote.service.js";
import { Quote, QuoteConnection } from "./quote.type.js";

@Resolver(() => Quote)
export class QuoteResolver {
  @Query(() => QuoteConnection, { description: "Quotations by date, one page at a time." })
  quotes(
    @Arg("filter", () => QuoteFilter, { nullable: true }) filter: QuoteFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<QuoteConnection> {
    return findQuotePage(ctx.executor, {
      filter,
      first: checkPageSize(page.first),
      after: page.after,
      asOf: parseAsOf(page.asOf),
      totalCount: selectionTree(info).has("totalCount"),
    });
  }

  @FieldResolver(() => Leader, { nullable: true })
  speaker(@Root() q: Quote): Leader | null {
    return q.speaker;
  }

  @FieldResolver(() => Meeting, { nullable: true, description: "Where it was said." })
  meeting(
    @Root() q: Quote,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Meeting | null> | null {
    if (q.meetingId === null) return null;
    return ctx.loaders.meeting.load({
      key: q.meetingId,
      include: meetingInclude(selectionTree(info)),
      asOf: q.asOf ?? null,
    });
  }
}
