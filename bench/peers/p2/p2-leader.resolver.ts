import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { dayRange, type P2Context } from "./p2-read.js";
import {
  meetingPage,
  P2Country,
  P2Leader,
  P2LeaderCounterpartCount,
  type P2Meeting,
  P2MeetingConnection,
  P2MeetingFilter,
  P2MeetingOrder,
  type P2Position,
  P2Topic,
  P2TopicPositions,
} from "./p2.types.js";

interface Office {
  title: string | null;
  country: P2Country | null;
}

/** A leader's title, state, meetings, positions and counterparts: a query per field, per leader. */
@Resolver(() => P2Leader)
export class P2LeaderResolver {
  @FieldResolver(() => String, { nullable: true })
  async title(@Root() l: P2Leader, @Ctx() ctx: P2Context): Promise<string | null> {
    return (await office(l, ctx))?.title ?? null;
  }

  @FieldResolver(() => P2Country, { nullable: true })
  async country(@Root() l: P2Leader, @Ctx() ctx: P2Context): Promise<P2Country | null> {
    return (await office(l, ctx))?.country ?? null;
  }

  @FieldResolver(() => P2MeetingConnection)
  async meetings(
    @Root() l: P2Leader,
    @Arg("filter", () => P2MeetingFilter, { nullable: true }) filter: P2MeetingFilter | null,
    @Arg("first", () => Int, { nullable: true, defaultValue: 20 }) first: number,
    @Arg("orderBy", () => P2MeetingOrder, { nullable: true, defaultValue: "DATE_ASC" })
    orderBy: string,
    @Ctx() ctx: P2Context,
  ): Promise<P2MeetingConnection> {
    const rows = await ctx.read<P2Meeting>("p2/leader-meetings", {
      id: l.id,
      ...dayRange(filter?.from, filter?.to),
      desc: orderBy === "DATE_DESC",
      limit: first + 1,
    });
    return meetingPage(rows, first);
  }

  @FieldResolver(() => [P2TopicPositions])
  async positionsByTopic(@Root() l: P2Leader, @Ctx() ctx: P2Context): Promise<P2TopicPositions[]> {
    const positions = await ctx.read<P2Position>("p2/leader-positions", { id: l.id });
    const groups = new Map<string, P2Position[]>();
    for (const p of positions)
      groups.set(p.topicKey ?? "", [...(groups.get(p.topicKey ?? "") ?? []), p]);
    return [...groups.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([topicKey, list]) => ({ topicKey, positions: list }));
  }

  @FieldResolver(() => [P2LeaderCounterpartCount])
  counterparts(
    @Root() l: P2Leader,
    @Arg("from", () => String, { nullable: true }) from: string | null,
    @Arg("to", () => String, { nullable: true }) to: string | null,
    @Arg("first", () => Int, { nullable: true, defaultValue: 10 }) first: number,
    @Ctx() ctx: P2Context,
  ): Promise<P2LeaderCounterpartCount[]> {
    return ctx.read("p2/leader-counterparts", { id: l.id, ...dayRange(from, to), limit: first });
  }
}

/** The topic of a group of positions: one more query per group. */
@Resolver(() => P2TopicPositions)
export class P2TopicPositionsResolver {
  @FieldResolver(() => P2Topic)
  async topic(@Root() g: P2TopicPositions, @Ctx() ctx: P2Context): Promise<P2Topic | undefined> {
    return (await ctx.read<P2Topic>("p2/topic-by-id", { id: g.topicKey }))[0];
  }
}

async function office(l: P2Leader, ctx: P2Context): Promise<Office | undefined> {
  return (await ctx.read<Office>("p2/leader-office", { id: l.id }))[0];
}
