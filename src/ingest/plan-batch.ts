import { articleId } from "../domain/keys.js";
import { type ArticleRecord } from "../domain/record.js";
import { planArticle, type ArticlePlan } from "./plan-article.js";

/** One article of a batch: its graph id, URL and content hash, for the revision check. */
export interface BatchArticle {
  id: string;
  url: string | null;
  recordHash: string;
}

/**
 * The rows of several articles, concatenated so that each kind of row is written by
 * one statement for the whole batch. Meeting local ids are prefixed with the article's
 * index in the batch: they are only unique within their own record.
 */
export interface BatchPlan {
  articles: BatchArticle[];
  plans: ArticlePlan[];
}

export function planBatch(records: readonly ArticleRecord[]): BatchPlan {
  const plans = records.map((record, index) => scopeLocalIds(planArticle(record), index));
  return {
    plans,
    articles: plans.map((plan) => ({
      id: String(plan.article.id),
      url: (plan.article.url as string | null) ?? null,
      recordHash: String(plan.article.recordHash),
    })),
  };
}

function scopeLocalIds(plan: ArticlePlan, index: number): ArticlePlan {
  const scoped = (localId: string | null): string | null =>
    localId === null ? null : `${index}/${localId}`;
  return {
    ...plan,
    meetings: plan.meetings.map((m) => ({ ...m, localId: `${index}/${m.localId}` })),
    positions: plan.positions.map((p) => ({ ...p, meetingLocalId: scoped(p.meetingLocalId) })),
    quotes: plan.quotes.map((q) => ({ ...q, meetingLocalId: scoped(q.meetingLocalId) })),
  };
}

/**
 * Gathers the records of the next batch. A record cannot join a batch that already
 * holds the same article (same text) or the same URL: the revision check reads the
 * graph once per batch, so a second version of an article must come in a later batch
 * to replace the first, as it would when loaded one at a time.
 */
export class BatchCollector<T> {
  #items: T[] = [];
  #keys = new Set<string>();

  constructor(private readonly size: number) {}

  get length(): number {
    return this.#items.length;
  }

  /** False when the batch is full or already holds this article or URL. */
  accepts(article: { id: string; url: string | null }): boolean {
    if (this.#items.length >= this.size) return false;
    return !articleKeys(article).some((key) => this.#keys.has(key));
  }

  add(item: T, article: { id: string; url: string | null }): void {
    this.#items.push(item);
    for (const key of articleKeys(article)) this.#keys.add(key);
  }

  /** The batch so far; the collector starts empty again. */
  take(): T[] {
    const items = this.#items;
    this.#items = [];
    this.#keys.clear();
    return items;
  }
}

function articleKeys(article: { id: string; url: string | null }): string[] {
  return article.url === null ? [`id:${article.id}`] : [`id:${article.id}`, `url:${article.url}`];
}

/** What makes two records the same article for batching: the text's id and the URL. */
export function identifyArticle(record: ArticleRecord): { id: string; url: string | null } {
  return { id: articleId(record.article.text), url: record.article.url ?? null };
}
