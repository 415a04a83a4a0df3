import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import { type GraphQLResolveInfo } from "graphql";
import { type ApiContext } from "../context.js";
import { Country } from "../countries/country.type.js";
import { NestedMeetingsArgs } from "../meetings/meeting.args.js";
import { loadNestedMeetings } from "../meetings/nested-meetings.js";
import { MeetingConnection } from "../meetings/meeting.type.js";
import { checkPageSize } from "../paging/cursor.js";
import { parseAsOf } from "../paging/date-range.js";
import { Position } from "../positions/position.type.js";
import { Quote } from "../quotes/quote.type.js";
import { leaderInclude } from "../selection/includes.js";
import { connectionNodes, selectionTree } from "../selection/selection-tree.js";
import { PageArgs } from "../shared/as-of.args.js";
import { prefetchedOr } from "../shared/prefetched.js";
import { LeaderFilter } from "./leader.input.js";
import { findLeaderPage } from "./leader.service.js";
import { Leader, LeaderConnection } from "./leader.type.js";

@Resolver(() => Leader)
export class LeaderResolver {
  @Query(() => LeaderConnection)
  async leaders(
    @Arg("filter", () => LeaderFilter, { nullable: true }) filter: LeaderFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<LeaderConnection> {
    const tree = selectionTree(info);
    return findLeaderPage(ctx.executor, {
      filter,
      first: checkPageSize(page.first),
      after: page.after,
      asOf: parseAsOf(page.asOf),
      include: { totalCount: tree.has("totalCount"), ...leaderInclude(connectionNodes(tree)) },
    });
  }

  @Query(() => Leader, { nullable: true })
  async leader(
    @Arg("id", () => ID) id: string,
    @Arg("asOf", () => String, { nullable: true }) asOf: string | null,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Leader | null> {
    return ctx.loaders.leader.load({
      key: id,
      include: leaderInclude(selectionTree(info)),
      asOf: parseAsOf(asOf),
    });
  }

  @FieldResolver(() => String, { nullable: true, description: "The title of the office held." })
  async title(@Root() l: Leader, @Ctx() ctx: ApiContext): Promise<string | null> {
    return (await this.office(l, ctx))?.title ?? null;
  }

  @FieldResolver(() => Country, { nullable: true, description: "The state of the office held." })
  async country(@Root() l: Leader, @Ctx() ctx: ApiContext): Promise<Country | null> {
    return (await this.office(l, ctx))?.country ?? null;
  }

  @FieldResolver(() => MeetingConnection, { description: "Meetings the leader took part in." })
  async meetings(
    @Root() l: Leader,
    @Args(() => NestedMeetingsArgs) args: NestedMeetingsArgs,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<MeetingConnection> {
    return loadNestedMeetings({
      key: l.id,
      extra: { leaders: [l.id] },
      page: args,
      asOf: l.asOf ?? null,
      ctx,
      info,
    });
  }

  @FieldResolver(() => [Position])
  positions(@Root() l: Leader, @Ctx() ctx: ApiContext): Promise<Position[]> {
    return prefetchedOr(
      l.positions,
      () => this.load(l, ctx, { positions: true }),
      (r) => r.positions,
      [],
    );
  }

  @FieldResolver(() => [Quote])
  quotes(@Root() l: Leader, @Ctx() ctx: ApiContext): Promise<Quote[]> {
    return prefetchedOr(
      l.quotes,
      () => this.load(l, ctx, { quotes: true }),
      (r) => r.quotes,
      [],
    );
  }

  private async office(l: Leader, ctx: ApiContext): Promise<Leader["office"]> {
    if (l.office !== undefined) return l.office;
    return (await this.load(l, ctx, {}))?.office ?? null;
  }

  private load(
    l: Leader,
    ctx: ApiContext,
    include: Record<string, boolean>,
  ): Promise<Leader | null> {
    return ctx.loaders.leader.load({ key: l.id, include, asOf: l.asOf ?? null });
  }
}
