import { stableId } from "../domain/keys.js";
import { type ArticleRecord } from "../domain/record.js";
import {
  type GraphExecutor,
  type GraphTransaction,
  type WriteCounters,
} from "../graph/executor.js";
import { type ArticlePlan } from "./plan-article.js";
import { planBatch, type BatchArticle } from "./plan-batch.js";
import { resolveMeetingIds } from "./resolve-meetings.js";

export type LoadOutcome = "loaded" | "revised" | "unchanged";

export interface LoadResult {
  articleId: string;
  outcome: LoadOutcome;
  counters: WriteCounters;
}

export interface BatchLoadResult {
  /** One per record, in the order given. */
  articles: { articleId: string; outcome: LoadOutcome }[];
  /** What the whole batch changed. */
  counters: WriteCounters;
}

/** Loads one validated record in its own transaction: all of the article or nothing. */
export async function loadRecord(
  executor: GraphExecutor,
  record: ArticleRecord,
): Promise<LoadResult> {
  const { articles, counters } = await loadRecords(executor, [record]);
  return { ...articles[0]!, counters };
}

/**
 * Loads validated records in one managed write transaction, each kind of row written
 * by one statement for the whole batch: a batch costs about as many round trips as
 * one article, and every article in it is written completely or not at all.
 * The same record again changes nothing; a changed record of the same text or URL
 * replaces that article's facts and evidence first. The records must be distinct
 * articles with distinct URLs (`BatchCollector` gathers such batches).
 */
export async function loadRecords(
  executor: GraphExecutor,
  records: readonly ArticleRecord[],
): Promise<BatchLoadResult> {
  const batch = planBatch(records);
  return executor.writeTransaction(async (tx) => {
    const outcomes = await compareWithGraph(tx, batch.articles);
    const toWrite = batch.plans.filter((_, i) => outcomes[i]!.outcome !== "unchanged");
    if (toWrite.length > 0) await writePlans(tx, toWrite);
    return { articles: outcomes, counters: tx.counters };
  });
}

/**
 * Finds which articles are already stored unchanged, and removes the stored versions
 * of the others (same text or same URL) so that they are written afresh.
 */
async function compareWithGraph(
  tx: GraphTransaction,
  articles: BatchArticle[],
): Promise<{ articleId: string; outcome: LoadOutcome }[]> {
  const stored = await tx.run("ingest/find-articles", {
    articles: articles.map(({ id, url }) => ({ id, url })),
  });
  const storedFor = (a: BatchArticle) =>
    stored.filter((s) => s.id === a.id || (a.url !== null && s.url === a.url));
  const outcomes = articles.map((a) => {
    const versions = storedFor(a);
    const outcome: LoadOutcome = versions.some(
      (s) => s.id === a.id && s.recordHash === a.recordHash,
    )
      ? "unchanged"
      : versions.length > 0
        ? "revised"
        : "loaded";
    return { articleId: a.id, outcome, replaces: versions.map((s) => String(s.id)) };
  });
  const replaced = outcomes.filter((o) => o.outcome === "revised").flatMap((o) => o.replaces);
  if (replaced.length > 0) {
    await tx.run("ingest/remove-article", { ids: [...new Set(replaced)] });
    await tx.run("ingest/prune-orphan-facts");
  }
  return outcomes.map(({ articleId, outcome }) => ({ articleId, outcome }));
}

async function writePlans(tx: GraphTransaction, plans: ArticlePlan[]): Promise<void> {
  const perArticle = <T extends object>(pick: (plan: ArticlePlan) => T[]) =>
    plans.flatMap((plan) => pick(plan).map((row) => ({ ...row, articleId: plan.article.id })));
  await tx.run("ingest/merge-articles", {
    articles: plans.map((plan) => ({ ...plan.article, sentences: plan.sentences })),
  });
  await tx.run("ingest/merge-countries", { rows: perArticle((plan) => plan.countries) });
  await tx.run("ingest/merge-organizations", { rows: plans.flatMap((plan) => plan.organizations) });
  await tx.run("ingest/merge-persons", { rows: plans.flatMap((plan) => plan.persons) });
  await tx.run("ingest/merge-offices", { rows: plans.flatMap((plan) => plan.offices) });
  const meetingIds = await resolveMeetings(
    tx,
    plans.flatMap((plan) => plan.meetings),
  );
  await tx.run("ingest/merge-meetings", { rows: perArticle((plan) => plan.meetings) });
  await tx.run("ingest/merge-topics", { rows: plans.flatMap((plan) => plan.topics) });
  await tx.run("ingest/merge-positions", {
    rows: perArticle((plan) => plan.positions).map(({ meetingLocalId, localId, ...row }) => {
      const meetingId = meetingLocalId ? (meetingIds.get(meetingLocalId) ?? null) : null;
      const holders = row.holders as string[];
      // One node per statement of a position: the same holders, stance and topic at
      // the same meeting (or on the same day) from two articles are one position.
      const anchor = meetingId ?? String(row.date ?? row.articleId);
      return {
        ...row,
        meetingId,
        id: stableId(
          "position",
          String(row.stance),
          String(row.topicKey),
          holders.join(","),
          anchor,
        ),
        localId,
      };
    }),
  });
  await tx.run("ingest/merge-quotes", {
    rows: plans
      .flatMap((plan) => plan.quotes)
      .map(({ meetingLocalId, ...row }) => ({
        ...row,
        meetingId: meetingLocalId ? (meetingIds.get(meetingLocalId) ?? null) : null,
      })),
  });
}

/** Resolves the batch's meetings against the graph in one read, then among themselves. */
async function resolveMeetings(
  tx: GraphTransaction,
  meetings: ArticlePlan["meetings"],
): Promise<Map<string, string>> {
  if (meetings.length === 0) return new Map();
  const matches = await tx.run("ingest/find-matching-meeting", {
    rows: meetings.map((m) => ({
      localId: m.localId,
      kind: m.kind,
      countryKey: m.countryKey,
      dateStart: m.dateStart,
      dateEnd: m.dateEnd,
    })),
  });
  const inGraph = new Map(matches.map((r) => [String(r.localId), r.id as string | null]));
  return resolveMeetingIds(meetings, inGraph);
}
