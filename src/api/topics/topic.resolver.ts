import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import { type GraphQLResolveInfo } from "graphql";
import { type ApiContext } from "../context.js";
import { checkPageSize } from "../paging/cursor.js";
import { parseAsOf, parseDayRange } from "../paging/date-range.js";
import { NestedPositionsArgs } from "../positions/position.args.js";
import { planPositionScope } from "../positions/position.service.js";
import { PositionConnection } from "../positions/position.type.js";
import { ownArgumentsKey, prefetchedFor } from "../selection/field-arguments.js";
import { type MaybePromise } from "../shared/prefetched.js";
import { positionInclude } from "../selection/includes.js";
import { connectionNodes, selectionTree } from "../selection/selection-tree.js";
import { listOrNull } from "../shared/timeline-scope.js";
import { TopicFilter } from "../shared/topic-filter.input.js";
import { StanceCount } from "./stance-count.type.js";
import { findTopics, planTopicNested } from "./topic.service.js";
import { Topic } from "./topic.type.js";

@Resolver(() => Topic)
export class TopicResolver {
  @Query(() => [Topic], { description: "Topics that some position is on." })
  async topics(
    @Arg("filter", () => TopicFilter, { nullable: true }) filter: TopicFilter | null,
    @Arg("asOf", () => String, { nullable: true }) asOf: string | null,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Topic[]> {
    return findTopics(ctx.executor, {
      kind: filter?.kind ?? null,
      args: listOrNull(filter?.args),
      asOf: parseAsOf(asOf),
      nested: planTopicNested(info),
    });
  }

  @Query(() => Topic, {
    nullable: true,
    description: 'A topic by key ("sanctions:RUS"), when some position is on it.',
  })
  async topic(
    @Arg("id", () => ID) id: string,
    @Arg("asOf", () => String, { nullable: true }) asOf: string | null,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Topic | null> {
    return ctx.loaders.topic.load({
      key: id,
      include: {},
      asOf: parseAsOf(asOf),
      nested: planTopicNested(info),
    });
  }

  @FieldResolver(() => PositionConnection, { description: "Positions on this topic, by date." })
  positions(
    @Root() topic: Topic,
    @Args(() => NestedPositionsArgs) args: NestedPositionsArgs,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PositionConnection> {
    const tree = selectionTree(info);
    return ctx.loaders.positionPage.load({
      scope: planPositionScope({
        key: topic.id,
        filter: args.filter,
        after: args.after,
        desc: false,
        topicKey: topic.id,
      }),
      first: checkPageSize(args.first),
      desc: false,
      asOf: topic.asOf ?? null,
      include: { totalCount: tree.has("totalCount"), ...positionInclude(connectionNodes(tree)) },
    });
  }

  @FieldResolver(() => [StanceCount], {
    description:
      "Per holder state (by code), its positions on the topic of each stance whose date overlaps [from, to].",
  })
  stanceMatrix(
    @Root() topic: Topic,
    @Arg("from", () => String, { nullable: true }) from: string | null,
    @Arg("to", () => String, { nullable: true }) to: string | null,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): MaybePromise<StanceCount[]> {
    const prefetched = prefetchedFor(topic.prefetchedStanceMatrix, info);
    if (prefetched) return prefetched;
    // Not projected by the parent's statement: every topic of this level in one more.
    const plan = { key: ownArgumentsKey(info), ...parseDayRange(from, to) };
    return ctx.loaders.topic
      .load({
        key: topic.id,
        include: {},
        asOf: topic.asOf ?? null,
        nested: { stanceMatrix: plan },
      })
      .then((row) => row?.prefetchedStanceMatrix?.value ?? []);
  }
}
