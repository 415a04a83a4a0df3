import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { hasRole } from "../auth/api-keys.js";
import { type ApiContext } from "../context.js";
import { ForbiddenError } from "../errors/api-error.js";
import { ArticleMetaInput } from "./article-meta.input.js";
import { IngestArticleResult } from "./ingest-result.type.js";

@Resolver()
export class IngestResolver {
  @Mutation(() => IngestArticleResult, {
    description:
      "Extracts one article and loads it in one transaction (all of it or nothing). Needs an API key with the ingest role.",
  })
  async ingestArticle(
    @Arg("text", () => String) text: string,
    @Arg("meta", () => ArticleMetaInput, { nullable: true }) meta: ArticleMetaInput | null,
    @Ctx() ctx: ApiContext,
  ): Promise<IngestArticleResult> {
    // The auth plugin refuses the operation first; this guards the write itself.
    if (!hasRole(ctx.principal, "ingest"))
      throw new ForbiddenError("This operation needs an API key with the ingest role.");
    if (!ctx.ingestor) throw new ForbiddenError("This server does not accept writes.");
    return ctx.ingestor.ingestArticle({
      text,
      meta: Object.fromEntries(
        Object.entries(meta ?? {}).filter(([, value]) => value !== null && value !== undefined),
      ),
      source: "ingestArticle(text)",
    });
  }
}
