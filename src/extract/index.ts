import { type ArticleRecord } from "../domain/record.js";
import { parseRecord } from "../domain/validate-record.js";
import { analyzeArticle } from "./analyze.js";
import { buildRecord } from "./assemble/build-record.js";
import { findMeetings } from "./events/find-meetings.js";
import { type ArticleMeta } from "./input/article-meta.js";
import { findOrganizations } from "./organizations/find-organizations.js";
import { findPositions } from "./positions/find-positions.js";
import { findQuotes } from "./quotes/find-quotes.js";

export { ArticleInputError } from "./input/article-input-error.js";
export { type ArticleMeta, articleMetaSchema } from "./input/article-meta.js";
export { listArticleFiles } from "./input/list-articles.js";
export { readArticle, type ArticleInput } from "./input/read-article.js";

/**
 * Extracts the canonical record of one article: pure and deterministic. `text` is
 * the raw article exactly as read (evidence offsets index into it), `meta` the
 * sidecar's metadata, `source` a file name for error messages. The result is
 * validated with `parseRecord`, so an extractor defect surfaces as an error naming
 * the source.
 */
export function extractRecord(input: {
  text: string;
  meta: ArticleMeta;
  source: string;
}): ArticleRecord {
  const analysis = analyzeArticle(input.text, input.meta.publishedAt);
  const { meetings, state } = findMeetings(analysis);
  const quotes = findQuotes(analysis);
  const positions = findPositions({ analysis, meetings, events: state, quotes });
  const organizations = findOrganizations(analysis);
  const record = buildRecord({
    analysis,
    meta: input.meta,
    meetings,
    positions,
    quotes,
    organizations,
  });
  try {
    return parseRecord(record);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${input.source}: the extractor built an invalid record: ${message}`, {
      cause: error,
    });
  }
}
