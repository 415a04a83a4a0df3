import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from "type-graphql";
import { type GraphQLResolveInfo } from "graphql";
import { Article } from "../articles/article.type.js";
import { type ApiContext } from "../context.js";
import { Country } from "../countries/country.type.js";
import { Leader } from "../leaders/leader.type.js";
import { checkPageSize } from "../paging/cursor.js";
import { parseAsOf } from "../paging/date-range.js";
import { Position } from "../positions/position.type.js";
import { Quote } from "../quotes/quote.type.js";
import { meetingInclude, participantParts, positionParts } from "../selection/includes.js";
import { connectionNodes, selectionTree } from "../selection/selection-tree.js";
import { EventCode, PloverEvent, toEventCode, toPloverEvent } from "../shared/event-code.type.js";
import { Evidence } from "../shared/evidence.type.js";
import {
  countPublishers,
  mapMaybe,
  type MaybePromise,
  prefetchedOr,
} from "../shared/prefetched.js";
import { MeetingStatsArgs, MeetingsArgs } from "./meeting.args.js";
import { countMeetingsByPeriod, meetingCoding, planMeetingScope } from "./meeting.service.js";
import { Meeting, MeetingConnection, PeriodCount } from "./meeting.type.js";
import { planMeetingNested } from "./nested-meetings.js";

@Resolver(() => Meeting)
export class MeetingResolver {
  @Query(() => MeetingConnection, { description: "Meetings on a timeline, one page at a time." })
  async meetings(
    @Args(() => MeetingsArgs) args: MeetingsArgs,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<MeetingConnection> {
    const tree = selectionTree(info);
    const desc = args.orderBy === "DATE_DESC";
    return ctx.loaders.meetingPage.load({
      scope: planMeetingScope({ key: "root", filter: args.filter, after: args.after, desc }),
      first: checkPageSize(args.first),
      desc,
      asOf: parseAsOf(args.asOf),
      include: { totalCount: tree.has("totalCount"), ...meetingInclude(connectionNodes(tree)) },
      // The participants' own meetings page, planned from its arguments: one statement.
      nested: planMeetingNested(info, "edges", "node"),
    });
  }

  @Query(() => Meeting, { nullable: true })
  async meeting(
    @Arg("id", () => ID) id: string,
    @Arg("asOf", () => String, { nullable: true }) asOf: string | null,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Meeting | null> {
    return ctx.loaders.meeting.load({
      key: id,
      include: meetingInclude(selectionTree(info)),
      asOf: parseAsOf(asOf),
      nested: planMeetingNested(info),
    });
  }

  @Query(() => [PeriodCount], { description: "The number of dated meetings per month or year." })
  async meetingStats(
    @Args(() => MeetingStatsArgs) args: MeetingStatsArgs,
    @Ctx() ctx: ApiContext,
  ): Promise<PeriodCount[]> {
    return countMeetingsByPeriod(ctx.executor, {
      scope: planMeetingScope({ key: "stats", filter: args.filter, desc: false }),
      unit: args.interval,
      asOf: parseAsOf(args.asOf),
    });
  }

  @FieldResolver(() => EventCode, {
    description: "Its CAMEO event code, for joining with GDELT or ICEWS (docs/event-codes.md).",
  })
  cameo(@Root() m: Meeting): EventCode {
    return toEventCode(meetingCoding(m));
  }

  @FieldResolver(() => PloverEvent, {
    nullable: true,
    description: "Its PLOVER event, for joining with POLECAT; null for an interview.",
  })
  plover(@Root() m: Meeting): PloverEvent | null {
    return toPloverEvent(meetingCoding(m));
  }

  @FieldResolver(() => [Country])
  countries(@Root() m: Meeting, @Ctx() ctx: ApiContext): MaybePromise<Country[]> {
    return prefetchedOr(
      m.countries,
      () => this.load(m, ctx, { countries: true }),
      (r) => r.countries,
      [],
    );
  }

  @FieldResolver(() => [Leader])
  participants(
    @Root() m: Meeting,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): MaybePromise<Leader[]> {
    return prefetchedOr(
      m.participants,
      () =>
        this.load(m, ctx, {
          participants: true,
          ...participantParts(selectionTree(info)),
        }),
      (r) => r.participants,
      [],
    );
  }

  @FieldResolver(() => [Position])
  positions(
    @Root() m: Meeting,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): MaybePromise<Position[]> {
    return prefetchedOr(
      m.positions,
      () => this.load(m, ctx, { positions: true, ...positionParts(selectionTree(info)) }),
      (r) => r.positions,
      [],
    );
  }

  @FieldResolver(() => [Quote])
  quotes(
    @Root() m: Meeting,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): MaybePromise<Quote[]> {
    return prefetchedOr(
      m.quotes,
      () => this.load(m, ctx, { quotes: true, quoteEvidence: selectionTree(info).has("evidence") }),
      (r) => r.quotes,
      [],
    );
  }

  @FieldResolver(() => [Evidence])
  evidence(@Root() m: Meeting, @Ctx() ctx: ApiContext): MaybePromise<Evidence[]> {
    return prefetchedOr(
      m.evidence,
      () => this.load(m, ctx, { evidence: true }),
      (r) => r.evidence,
      [],
    );
  }

  @FieldResolver(() => [Article], { description: "The distinct articles that report the meeting." })
  sources(@Root() m: Meeting, @Ctx() ctx: ApiContext): MaybePromise<Article[]> {
    return prefetchedOr(
      m.sources,
      () => this.load(m, ctx, { sources: true }),
      (r) => r.sources,
      [],
    );
  }

  @FieldResolver(() => Int, { description: "How many distinct articles report the meeting." })
  sourceCount(@Root() m: Meeting, @Ctx() ctx: ApiContext): MaybePromise<number> {
    return mapMaybe(this.sources(m, ctx), (sources) => sources.length);
  }

  @FieldResolver(() => Int, { description: "How many distinct publishers report the meeting." })
  publisherCount(@Root() m: Meeting, @Ctx() ctx: ApiContext): MaybePromise<number> {
    return mapMaybe(this.sources(m, ctx), countPublishers);
  }

  private load(
    m: Meeting,
    ctx: ApiContext,
    include: Record<string, boolean>,
  ): Promise<Meeting | null> {
    return ctx.loaders.meeting.load({ key: m.id, include, asOf: m.asOf ?? null });
  }
}
