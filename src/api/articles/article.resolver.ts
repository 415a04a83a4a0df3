import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import { type GraphQLResolveInfo } from "graphql";
import { type ApiContext } from "../context.js";
import { Meeting } from "../meetings/meeting.type.js";
import { checkPageSize } from "../paging/cursor.js";
import { parseAsOf } from "../paging/date-range.js";
import { articleInclude } from "../selection/includes.js";
import { connectionNodes, selectionTree } from "../selection/selection-tree.js";
import { PageArgs } from "../shared/as-of.args.js";
import { type MaybePromise, prefetchedOr } from "../shared/prefetched.js";
import { findArticlePage } from "./article.service.js";
import { Article, ArticleConnection } from "./article-connection.type.js";

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => ArticleConnection, {
    description: "Articles by publication day, one page at a time.",
  })
  articles(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ArticleConnection> {
    const tree = selectionTree(info);
    return findArticlePage(ctx.executor, {
      first: checkPageSize(page.first),
      after: page.after,
      asOf: parseAsOf(page.asOf),
      include: { totalCount: tree.has("totalCount"), ...articleInclude(connectionNodes(tree)) },
    });
  }

  @Query(() => Article, { nullable: true })
  article(
    @Arg("id", () => ID) id: string,
    @Arg("asOf", () => String, { nullable: true }) asOf: string | null,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Article | null> {
    return ctx.loaders.article.load({
      key: id,
      include: articleInclude(selectionTree(info)),
      asOf: parseAsOf(asOf),
    });
  }

  @FieldResolver(() => [Meeting], { description: "The meetings the article reports." })
  meetings(@Root() a: Article, @Ctx() ctx: ApiContext): MaybePromise<Meeting[]> {
    return prefetchedOr(
      a.meetings,
      () =>
        ctx.loaders.article.load({ key: a.id, include: { meetings: true }, asOf: a.asOf ?? null }),
      (r) => r.meetings,
      [],
    );
  }
}
