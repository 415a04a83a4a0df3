import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { type P2Context } from "./p2-read.js";
import {
  P2Article,
  P2Country,
  P2Evidence,
  P2Leader,
  P2Meeting,
  P2Position,
  P2Quote,
} from "./p2.types.js";

/** Each relation of a meeting is a query of its own, per meeting. */
@Resolver(() => P2Meeting)
export class P2MeetingResolver {
  @FieldResolver(() => [P2Country])
  countries(@Root() m: P2Meeting, @Ctx() ctx: P2Context): Promise<P2Country[]> {
    return ctx.read("p2/meeting-countries", { id: m.id });
  }

  @FieldResolver(() => [P2Leader])
  participants(@Root() m: P2Meeting, @Ctx() ctx: P2Context): Promise<P2Leader[]> {
    return ctx.read("p2/meeting-participants", { id: m.id });
  }

  @FieldResolver(() => [P2Position])
  positions(@Root() m: P2Meeting, @Ctx() ctx: P2Context): Promise<P2Position[]> {
    return ctx.read("p2/meeting-positions", { id: m.id });
  }

  @FieldResolver(() => [P2Quote])
  quotes(@Root() m: P2Meeting, @Ctx() ctx: P2Context): Promise<P2Quote[]> {
    return ctx.read("p2/meeting-quotes", { id: m.id });
  }

  @FieldResolver(() => [P2Article])
  sources(@Root() m: P2Meeting, @Ctx() ctx: P2Context): Promise<P2Article[]> {
    return ctx.read("p2/meeting-sources", { id: m.id });
  }

  @FieldResolver(() => [P2Evidence])
  evidence(@Root() m: P2Meeting, @Ctx() ctx: P2Context): Promise<P2Evidence[]> {
    return ctx.read("p2/meeting-evidence", { id: m.id });
  }
}

/** The article of each evidence sentence, and the speaker of each quote: one query each. */
@Resolver(() => P2Evidence)
export class P2EvidenceResolver {
  @FieldResolver(() => P2Article)
  async article(@Root() e: P2Evidence, @Ctx() ctx: P2Context): Promise<P2Article | undefined> {
    return (await ctx.read<P2Article>("p2/sentence-article", { id: e.sentenceId }))[0];
  }
}

@Resolver(() => P2Quote)
export class P2QuoteResolver {
  @FieldResolver(() => P2Leader, { nullable: true })
  async speaker(@Root() q: P2Quote, @Ctx() ctx: P2Context): Promise<P2Leader | null> {
    return (await ctx.read<P2Leader>("p2/quote-speaker", { id: q.id }))[0] ?? null;
  }
}
