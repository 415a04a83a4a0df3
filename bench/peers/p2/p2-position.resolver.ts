import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { dayRange, type P2Context } from "./p2-read.js";
import { P2Country, P2Leader, P2Position, P2StanceCount, P2Topic } from "./p2.types.js";

/** A position's topic, holders and speakers: one query each, per position. */
@Resolver(() => P2Position)
export class P2PositionResolver {
  @FieldResolver(() => P2Topic)
  async topic(@Root() p: P2Position, @Ctx() ctx: P2Context): Promise<P2Topic | undefined> {
    return (await ctx.read<P2Topic>("p2/position-topic", { id: p.id }))[0];
  }

  @FieldResolver(() => [P2Country])
  holders(@Root() p: P2Position, @Ctx() ctx: P2Context): Promise<P2Country[]> {
    return ctx.read("p2/position-holders", { id: p.id });
  }

  @FieldResolver(() => [P2Leader])
  speakers(@Root() p: P2Position, @Ctx() ctx: P2Context): Promise<P2Leader[]> {
    return ctx.read("p2/position-speakers", { id: p.id });
  }
}

/** A topic's stance matrix: one aggregating query (the counting is the database's). */
@Resolver(() => P2Topic)
export class P2TopicResolver {
  @FieldResolver(() => [P2StanceCount])
  stanceMatrix(
    @Root() t: P2Topic,
    @Arg("from", () => String, { nullable: true }) from: string | null,
    @Arg("to", () => String, { nullable: true }) to: string | null,
    @Ctx() ctx: P2Context,
  ): Promise<P2StanceCount[]> {
    return ctx.read("p2/topic-stance-matrix", { id: t.id, ...dayRange(from, to) });
  }
}
