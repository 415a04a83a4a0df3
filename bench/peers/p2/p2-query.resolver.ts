import { Arg, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import { dayRange, type P2Context } from "./p2-read.js";
import {
  meetingPage,
  P2Leader,
  P2Meeting,
  P2MeetingConnection,
  P2MeetingFilter,
  P2Topic,
} from "./p2.types.js";

/** P2's root fields, each one query; what they return is resolved field by field. */
@Resolver()
export class P2QueryResolver {
  @Query(() => P2MeetingConnection)
  async meetings(
    @Arg("filter", () => P2MeetingFilter, { nullable: true }) filter: P2MeetingFilter | null,
    @Arg("first", () => Int, { nullable: true, defaultValue: 20 }) first: number,
    @Ctx() ctx: P2Context,
  ): Promise<P2MeetingConnection> {
    // The benchmark's documents name one state; that is all P2 answers.
    const [country, ...others] = filter?.countries ?? [];
    if (country === undefined || others.length > 0) throw new Error("P2 takes one country");
    const range = dayRange(filter?.from ?? "0001", filter?.to ?? "9999");
    const rows = await ctx.read<P2Meeting>("p2/meetings-page", {
      country,
      ...range,
      limit: first + 1,
    });
    return meetingPage(rows, first);
  }

  @Query(() => P2Meeting, { nullable: true })
  async meeting(@Arg("id", () => ID) id: string, @Ctx() ctx: P2Context): Promise<P2Meeting | null> {
    return (await ctx.read<P2Meeting>("p2/meeting-by-id", { id }))[0] ?? null;
  }

  @Query(() => P2Leader, { nullable: true })
  async leader(@Arg("id", () => ID) id: string, @Ctx() ctx: P2Context): Promise<P2Leader | null> {
    return (await ctx.read<P2Leader>("p2/leader-by-id", { id }))[0] ?? null;
  }

  @Query(() => P2Topic, { nullable: true })
  async topic(@Arg("id", () => ID) id: string, @Ctx() ctx: P2Context): Promise<P2Topic | null> {
    return (await ctx.read<P2Topic>("p2/topic-by-id", { id }))[0] ?? null;
  }
}
