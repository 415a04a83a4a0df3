import {
  type ArticleIngestor,
  type ArticleMetaFields,
  ArticleRejectedError,
  type IngestedArticle,
} from "../../api/ingest/article-ingestor.js";
import { articleMetaSchema, extractRecord } from "../../extract/index.js";
import { parseLayout } from "../../extract/layout/parse-layout.js";
import { type GraphExecutor } from "../../graph/executor.js";
import { loadRecord } from "../../ingest/load-record.js";

/** Longest article the API takes (the body limit usually refuses it first). */
const MAX_ARTICLE_CHARS = 5 * 1024 * 1024;

/**
 * The API's way to write: the same checks `diplograph ingest` makes of an article
 * file, the extractor, then `loadRecord` (one transaction: all of the article or
 * nothing). Composed here because src/api may not import src/ingest.
 */
export function createArticleIngestor(executor: GraphExecutor): ArticleIngestor {
  return {
    async ingestArticle({ text, meta, source }): Promise<IngestedArticle> {
      const problem = textProblem(text);
      if (problem !== undefined) throw new ArticleRejectedError(`The article ${problem}.`, "text");
      const parsed = articleMetaSchema.safeParse(meta satisfies ArticleMetaFields);
      if (!parsed.success) {
        const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
        throw new ArticleRejectedError(`meta is malformed: ${problems.join("; ")}`, "meta");
      }
      if (parsed.data.publishedAt === undefined && parseLayout(text).publishedAt === undefined) {
        throw new ArticleRejectedError(
          "The article has no publication date: pass meta.publishedAt or a dated line in the text.",
          "meta",
        );
      }
      let record;
      try {
        record = extractRecord({ text, meta: parsed.data, source });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new ArticleRejectedError(
          `The article could not be extracted: ${reason.slice(0, 300)}`,
        );
      }
      const result = await loadRecord(executor, record);
      return {
        articleId: result.articleId,
        outcome: result.outcome,
        nodesCreated: result.counters.nodesCreated,
        relationshipsCreated: result.counters.relationshipsCreated,
      };
    },
  };
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function textProblem(text: string): string | undefined {
  if (text.length > MAX_ARTICLE_CHARS) return `is over ${MAX_ARTICLE_CHARS} characters`;
  if (text.trim() === "") return "is empty or only white space";
  if (text.includes("\u0000")) return "is binary (it contains NUL characters)";
  if (LONE_SURROGATE.test(text)) return "is not valid Unicode text (a lone surrogate)";
  if (/^\s*<(?:!doctype html|html|head|body)\b/i.test(text)) {
    return "is an HTML page, not article text: extract the text first";
  }
  return undefined;
}
