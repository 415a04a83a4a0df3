import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import { type GraphQLResolveInfo } from "graphql";
import { type ApiContext } from "../context.js";
import { checkPageSize } from "../paging/cursor.js";
import { parseAsOf } from "../paging/date-range.js";
import { NestedPositionsArgs } from "../positions/position.args.js";
import { planPositionScope } from "../positions/position.service.js";
import { PositionConnection } from "../positions/position.type.js";
import { positionInclude } from "../selection/includes.js";
import { connectionNodes, selectionTree } from "../selection/selection-tree.js";
import { readRows } from "../shared/read-rows.js";
import { listOrNull } from "../shared/timeline-scope.js";
import { TopicFilter } from "../shared/topic-filter.input.js";
import { Topic } from "./topic.type.js";

@Resolver(() => Topic)
export class TopicResolver {
  @Query(() => [Topic], { description: "Topics that some position is on." })
  async topics(
    @Arg("filter", () => TopicFilter, { nullable: true }) filter: TopicFilter | null,
    @Arg("asOf", () => String, { nullable: true }) asOf: string | null,
    @Ctx() ctx: ApiContext,
  ): Promise<Topic[]> {
    const rows = await readRows<{ row: Topic }>(ctx.executor, "api/find-topics", {
      kind: filter?.kind ?? null,
      args: listOrNull(filter?.args),
      asOf: parseAsOf(asOf),
    });
    return rows.map((r) => r.row);
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
}
