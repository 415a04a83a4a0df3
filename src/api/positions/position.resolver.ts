import { Args, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from "type-graphql";
import { type GraphQLResolveInfo } from "graphql";
import { Article } from "../articles/article.type.js";
import { type ApiContext } from "../context.js";
import { Country } from "../countries/country.type.js";
import { Leader } from "../leaders/leader.type.js";
import { Meeting } from "../meetings/meeting.type.js";
import { checkPageSize } from "../paging/cursor.js";
import { parseAsOf } from "../paging/date-range.js";
import { meetingInclude, positionInclude } from "../selection/includes.js";
import { connectionNodes, selectionTree } from "../selection/selection-tree.js";
import { codePosition } from "../../domain/event-codes.js";
import { type Stance } from "../../domain/vocabulary.js";
import { EventCode, PloverEvent, toEventCode, toPloverEvent } from "../shared/event-code.type.js";
import { Evidence } from "../shared/evidence.type.js";
import {
  countPublishers,
  mapMaybe,
  type MaybePromise,
  prefetchedOr,
} from "../shared/prefetched.js";
import { PositionsArgs } from "./position.args.js";
import { planPositionScope } from "./position.service.js";
import { Position, PositionConnection } from "./position.type.js";

@Resolver(() => Position)
export class PositionResolver {
  @Query(() => PositionConnection, { description: "Positions on a timeline, one page at a time." })
  async positions(
    @Args(() => PositionsArgs) args: PositionsArgs,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PositionConnection> {
    const tree = selectionTree(info);
    const desc = args.orderBy === "DATE_DESC";
    return ctx.loaders.positionPage.load({
      scope: planPositionScope({ key: "root", filter: args.filter, after: args.after, desc }),
      first: checkPageSize(args.first),
      desc,
      asOf: parseAsOf(args.asOf),
      include: { totalCount: tree.has("totalCount"), ...positionInclude(connectionNodes(tree)) },
    });
  }

  @FieldResolver(() => EventCode, {
    description: "Its CAMEO event code, for joining with GDELT or ICEWS (docs/event-codes.md).",
  })
  cameo(@Root() p: Position): EventCode {
    return toEventCode(codePosition({ stance: p.stance as Stance }));
  }

  @FieldResolver(() => PloverEvent, {
    nullable: true,
    description: "Its PLOVER event, for joining with POLECAT; null for a concern.",
  })
  plover(@Root() p: Position): PloverEvent | null {
    return toPloverEvent(codePosition({ stance: p.stance as Stance }));
  }

  @FieldResolver(() => [Country], { description: "The states that hold the position." })
  holders(@Root() p: Position): Country[] {
    return p.holders;
  }

  @FieldResolver(() => [Leader], { description: "The leaders who stated it." })
  speakers(@Root() p: Position, @Ctx() ctx: ApiContext): MaybePromise<Leader[]> {
    // A meeting's statement projects its positions' speakers only when the query selects
    // them (MeetingInclude.positionSpeakers); any other position carries them.
    return prefetchedOr(
      p.speakers,
      () => this.load(p, ctx, {}),
      (r) => r.speakers,
      [],
    );
  }

  @FieldResolver(() => Meeting, { nullable: true, description: "Where it was stated." })
  meeting(
    @Root() p: Position,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): MaybePromise<Meeting | null> {
    if (p.meetingId === undefined) {
      // A leader's statement reads it only when a query selects it: a resolver that asks
      // anyway (no such query today) gets it from the position's own statement.
      return this.load(p, ctx, {}).then((r) => (r?.meetingId ? this.meeting(r, ctx, info) : null));
    }
    if (p.meetingId === null) return null;
    const include = meetingInclude(selectionTree(info));
    const needsMore = Object.values(include).some(Boolean);
    if (p.meeting != null && !needsMore) return p.meeting;
    return ctx.loaders.meeting.load({ key: p.meetingId, include, asOf: p.asOf ?? null });
  }

  @FieldResolver(() => [Evidence])
  evidence(@Root() p: Position, @Ctx() ctx: ApiContext): MaybePromise<Evidence[]> {
    return prefetchedOr(
      p.evidence,
      () => this.load(p, ctx, { evidence: true }),
      (r) => r.evidence,
      [],
    );
  }

  @FieldResolver(() => [Article], {
    description: "The distinct articles that report the position.",
  })
  sources(@Root() p: Position, @Ctx() ctx: ApiContext): MaybePromise<Article[]> {
    return prefetchedOr(
      p.sources,
      () => this.load(p, ctx, {}),
      (r) => r.sources,
      [],
    );
  }

  @FieldResolver(() => Int)
  sourceCount(@Root() p: Position, @Ctx() ctx: ApiContext): MaybePromise<number> {
    return mapMaybe(this.sources(p, ctx), (sources) => sources.length);
  }

  @FieldResolver(() => Int)
  publisherCount(@Root() p: Position, @Ctx() ctx: ApiContext): MaybePromise<number> {
    return mapMaybe(this.sources(p, ctx), countPublishers);
  }

  private load(
    p: Position,
    ctx: ApiContext,
    include: Record<string, boolean>,
  ): Promise<Position | null> {
    return ctx.loaders.position.load({ key: p.id, include, asOf: p.asOf ?? null });
  }
}
