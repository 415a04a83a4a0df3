import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from "type-graphql";
import { type GraphQLResolveInfo } from "graphql";
import { type ApiContext } from "../context.js";
import { Country } from "../countries/country.type.js";
import { NestedMeetingsArgs } from "../meetings/meeting.args.js";
import { meetingCursor } from "../meetings/meeting.service.js";
import { type Meeting, MeetingConnection } from "../meetings/meeting.type.js";
import { planNestedMeetings } from "../meetings/nested-meetings.js";
import { checkPageSize } from "../paging/cursor.js";
import { parseAsOf } from "../paging/date-range.js";
import { groupPositionsByTopic } from "../positions/group-by-topic.js";
import { Position } from "../positions/position.type.js";
import { TopicPositions } from "../positions/topic-positions.type.js";
import { Quote } from "../quotes/quote.type.js";
import { ownArgumentsKey, prefetchedFor } from "../selection/field-arguments.js";
import { leaderInclude, leaderPositionParts } from "../selection/includes.js";
import { connectionNodes, EMPTY_TREE, selectionTree } from "../selection/selection-tree.js";
import { PageArgs } from "../shared/as-of.args.js";
import { toPage } from "../shared/page-info.type.js";
import { mapMaybe, type MaybePromise, prefetchedOr } from "../shared/prefetched.js";
import { LeaderCounterpartCount } from "./leader-counterpart.type.js";
import { DEFAULT_COUNTERPARTS, planCounterparts, planLeaderNested } from "./leader-nested.js";
import { LeaderFilter } from "./leader.input.js";
import { findLeaderPage, type LeaderInclude, type LeaderPositionParts } from "./leader.service.js";
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
      // Its meetings page and counterparts, planned from their arguments: one statement.
      nested: planLeaderNested(info),
    });
  }

  @FieldResolver(() => String, { nullable: true, description: "The title of the office held." })
  title(@Root() l: Leader, @Ctx() ctx: ApiContext): MaybePromise<string | null> {
    return mapMaybe(this.office(l, ctx), (office) => office?.title ?? null);
  }

  @FieldResolver(() => Country, { nullable: true, description: "The state of the office held." })
  country(@Root() l: Leader, @Ctx() ctx: ApiContext): MaybePromise<Country | null> {
    return mapMaybe(this.office(l, ctx), (office) => office?.country ?? null);
  }

  @FieldResolver(() => MeetingConnection, { description: "Meetings the leader took part in." })
  meetings(
    @Root() l: Leader,
    @Args(() => NestedMeetingsArgs) args: NestedMeetingsArgs,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): MaybePromise<MeetingConnection> {
    const prefetched = prefetchedFor(l.prefetchedMeetings, info);
    if (prefetched) return prefetched;
    // Not projected by the parent's statement: the pages of every leader of this level in
    // one more, each read from the leader's own participations (find-leaders-by-ids).
    const plan = planNestedMeetings({ key: "leader", page: args, tree: selectionTree(info) });
    const loaded = ctx.loaders.leader.load({
      key: l.id,
      include: {},
      asOf: l.asOf ?? null,
      nested: { meetings: { key: ownArgumentsKey(info), ...plan } },
    });
    return loaded.then(
      (row) =>
        row?.prefetchedMeetings?.value ??
        toPage<Meeting>([], { first: plan.first, totalCount: 0, cursorOf: meetingCursor }),
    );
  }

  @FieldResolver(() => [Position])
  positions(
    @Root() l: Leader,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): MaybePromise<Position[]> {
    return this.loadPositions(l, ctx, leaderPositionParts(selectionTree(info), EMPTY_TREE));
  }

  @FieldResolver(() => [TopicPositions], {
    description: "The positions the leader stated, grouped by topic (by topic id), each by date.",
  })
  positionsByTopic(
    @Root() l: Leader,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): MaybePromise<TopicPositions[]> {
    const parts = leaderPositionParts(EMPTY_TREE, selectionTree(info));
    return mapMaybe(this.loadPositions(l, ctx, parts), groupPositionsByTopic);
  }

  private loadPositions(
    l: Leader,
    ctx: ApiContext,
    parts: LeaderPositionParts,
  ): MaybePromise<Position[]> {
    return prefetchedOr(
      l.positions,
      () => this.load(l, ctx, { positions: true, ...parts }),
      (r) => r.positions,
      [],
    );
  }

  @FieldResolver(() => [LeaderCounterpartCount], {
    description:
      "The persons the leader met most in meetings overlapping [from, to]: by distinct meetings, then id.",
  })
  counterparts(
    @Root() l: Leader,
    @Arg("from", () => String, { nullable: true }) from: string | null,
    @Arg("to", () => String, { nullable: true }) to: string | null,
    @Arg("first", () => Int, {
      nullable: true,
      defaultValue: DEFAULT_COUNTERPARTS,
      description: "At most 100.",
    })
    first: number | null,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): MaybePromise<LeaderCounterpartCount[]> {
    const prefetched = prefetchedFor(l.prefetchedCounterparts, info);
    if (prefetched) return prefetched;
    // Not projected by the parent's statement: every leader of this level in one more.
    const plan = { key: ownArgumentsKey(info), ...planCounterparts({ from, to, first }) };
    return ctx.loaders.leader
      .load({ key: l.id, include: {}, asOf: l.asOf ?? null, nested: { counterparts: plan } })
      .then((row) => row?.prefetchedCounterparts?.value ?? []);
  }

  @FieldResolver(() => [Quote])
  quotes(@Root() l: Leader, @Ctx() ctx: ApiContext): MaybePromise<Quote[]> {
    return prefetchedOr(
      l.quotes,
      () => this.load(l, ctx, { quotes: true }),
      (r) => r.quotes,
      [],
    );
  }

  private office(l: Leader, ctx: ApiContext): MaybePromise<Leader["office"]> {
    if (l.office !== undefined) return l.office;
    return this.load(l, ctx, {}).then((row) => row?.office ?? null);
  }

  private load(
    l: Leader,
    ctx: ApiContext,
    include: Partial<LeaderInclude>,
  ): Promise<Leader | null> {
    return ctx.loaders.leader.load({ key: l.id, include, asOf: l.asOf ?? null });
  }
}
