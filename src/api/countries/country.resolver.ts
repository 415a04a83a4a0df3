import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import { type GraphQLResolveInfo } from "graphql";
import { type ApiContext } from "../context.js";
import { Leader } from "../leaders/leader.type.js";
import { NestedMeetingsArgs } from "../meetings/meeting.args.js";
import { loadNestedMeetings } from "../meetings/nested-meetings.js";
import { MeetingConnection } from "../meetings/meeting.type.js";
import { parseAsOf, parseDayRange } from "../paging/date-range.js";
import { Position } from "../positions/position.type.js";
import { countryInclude } from "../selection/includes.js";
import { selectionTree } from "../selection/selection-tree.js";
import { type MaybePromise, prefetchedOr } from "../shared/prefetched.js";
import { findCountries } from "./country.service.js";
import { CounterpartCount, Country } from "./country.type.js";

@Resolver(() => Country)
export class CountryResolver {
  @Query(() => [Country])
  countries(
    @Arg("asOf", () => String, { nullable: true }) asOf: string | null,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Country[]> {
    return findCountries(ctx.executor, {
      codes: null,
      include: countryInclude(selectionTree(info)),
      asOf: parseAsOf(asOf),
    });
  }

  @Query(() => Country, { nullable: true })
  country(
    @Arg("code", () => ID) code: string,
    @Arg("asOf", () => String, { nullable: true }) asOf: string | null,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Country | null> {
    return ctx.loaders.country.load({
      key: code,
      include: countryInclude(selectionTree(info)),
      asOf: parseAsOf(asOf),
    });
  }

  @FieldResolver(() => [Leader], { description: "Persons who hold an office of the state." })
  leaders(@Root() c: Country, @Ctx() ctx: ApiContext): MaybePromise<Leader[]> {
    return prefetchedOr(
      c.leaders,
      () => this.load(c, ctx, { leaders: true }),
      (r) => r.leaders,
      [],
    );
  }

  @FieldResolver(() => [Position], { description: "Positions the state holds, by date." })
  positions(@Root() c: Country, @Ctx() ctx: ApiContext): MaybePromise<Position[]> {
    return prefetchedOr(
      c.positions,
      () => this.load(c, ctx, { positions: true }),
      (r) => r.positions,
      [],
    );
  }

  @FieldResolver(() => MeetingConnection, { description: "Meetings the state took part in." })
  meetings(
    @Root() c: Country,
    @Args(() => NestedMeetingsArgs) args: NestedMeetingsArgs,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<MeetingConnection> {
    return loadNestedMeetings({
      key: c.code,
      extra: { countries: [c.code] },
      page: args,
      asOf: c.asOf ?? null,
      ctx,
      info,
    });
  }

  @FieldResolver(() => [CounterpartCount], {
    description: "The states it met, most met first, in meetings overlapping [from, to].",
  })
  counterparts(
    @Root() c: Country,
    @Arg("from", () => String, { nullable: true }) from: string | null,
    @Arg("to", () => String, { nullable: true }) to: string | null,
    @Ctx() ctx: ApiContext,
  ): Promise<CounterpartCount[]> {
    const range = parseDayRange(from, to);
    return ctx.loaders.counterparts.load({ code: c.code, ...range, asOf: c.asOf ?? null });
  }

  private load(
    c: Country,
    ctx: ApiContext,
    include: Record<string, boolean>,
  ): Promise<Country | null> {
    return ctx.loaders.country.load({ key: c.code, include, asOf: c.asOf ?? null });
  }
}
