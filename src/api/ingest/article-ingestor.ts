import { BadUserInputError } from "../errors/api-error.js";

/** What a crawler knows of an article, as the mutation takes it (every field optional). */
export interface ArticleMetaFields {
  url?: string;
  publisher?: string;
  publishedAt?: string;
  title?: string;
  author?: string;
}

/** What one ingestion did. */
export interface IngestedArticle {
  articleId: string;
  outcome: "loaded" | "revised" | "unchanged";
  nodesCreated: number;
  relationshipsCreated: number;
}

/**
 * How the API writes an article: extraction and loading live in src/extract and
 * src/ingest, which the API may not import, so `serve` passes an implementation.
 * Rejected input is an {@link ArticleRejectedError}; a database outage is the graph's
 * DatabaseUnavailableError; nothing of a rejected article is written.
 */
export interface ArticleIngestor {
  ingestArticle(input: {
    text: string;
    meta: ArticleMetaFields;
    source: string;
  }): Promise<IngestedArticle>;
}

/** The article cannot be ingested as sent (blank, binary, HTML, undated, bad metadata). */
export class ArticleRejectedError extends BadUserInputError {
  constructor(message: string, argument?: string) {
    super(message, argument);
    this.name = "ArticleRejectedError";
  }
}
