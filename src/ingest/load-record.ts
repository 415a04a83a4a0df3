import { stableId } from "../domain/keys.js";
import { type ArticleRecord } from "../domain/record.js";
import {
  type GraphExecutor,
  type GraphTransaction,
  type WriteCounters,
} from "../graph/executor.js";
import { planArticle, type ArticlePlan } from "./plan-article.js";

export type LoadOutcome = "loaded" | "revised" | "unchanged";

export interface LoadResult {
  articleId: string;
  outcome: LoadOutcome;
  counters: WriteCounters;
}

/**
 * Loads one validated record in one managed write transaction: all of the article
 * or nothing of it. The same record again changes nothing; a changed record of the
 * same text or URL replaces that article's facts and evidence first.
 */
export async function loadRecord(
  executor: GraphExecutor,
  record: ArticleRecord,
): Promise<LoadResult> {
  const plan = planArticle(record);
  const articleId = String(plan.article.id);
  return executor.writeTransaction(async (tx) => {
    const stored = await tx.run("ingest/find-article", {
      id: articleId,
      url: plan.article.url,
    });
    if (stored.some((s) => s.id === articleId && s.recordHash === plan.article.recordHash)) {
      return { articleId, outcome: "unchanged", counters: tx.counters };
    }
    if (stored.length > 0) {
      await tx.run("ingest/remove-article", { ids: stored.map((s) => s.id) });
      await tx.run("ingest/prune-orphan-facts");
    }
    await writePlan(tx, plan);
    return { articleId, outcome: stored.length > 0 ? "revised" : "loaded", counters: tx.counters };
  });
}

async function writePlan(tx: GraphTransaction, plan: ArticlePlan): Promise<void> {
  const articleId = String(plan.article.id);
  await tx.run("ingest/merge-article", { article: plan.article, sentences: plan.sentences });
  await tx.run("ingest/merge-countries", { articleId, rows: plan.countries });
  await tx.run("ingest/merge-organizations", { rows: plan.organizations });
  await tx.run("ingest/merge-persons", { rows: plan.persons });
  await tx.run("ingest/merge-offices", { rows: plan.offices });
  const meetingIds = await resolveMeetings(tx, plan);
  await tx.run("ingest/merge-meetings", { articleId, rows: plan.meetings });
  await tx.run("ingest/merge-topics", { rows: plan.topics });
  await tx.run("ingest/merge-positions", {
    rows: plan.positions.map(({ meetingLocalId, localId, ...row }) => {
      const meetingId = meetingLocalId ? (meetingIds.get(meetingLocalId) ?? null) : null;
      const holders = row.holders as string[];
      // One node per statement of a position: the same holders, stance and topic at
      // the same meeting (or on the same day) from two articles are one position.
      const anchor = meetingId ?? String(row.date ?? articleId);
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
    rows: plan.quotes.map(({ meetingLocalId, ...row }) => ({
      ...row,
      meetingId: meetingLocalId ? (meetingIds.get(meetingLocalId) ?? null) : null,
    })),
  });
}

/**
 * Gives every meeting of the plan its graph id: the id of the meeting already in the
 * graph that it reports again, or a deterministic new one. Mutates the plan's rows.
 */
async function resolveMeetings(
  tx: GraphTransaction,
  plan: ArticlePlan,
): Promise<Map<string, string>> {
  if (plan.meetings.length === 0) return new Map();
  const matches = await tx.run("ingest/find-matching-meeting", {
    rows: plan.meetings.map((m) => ({
      localId: m.localId,
      kind: m.kind,
      countryKey: m.countryKey,
      dateStart: m.dateStart,
      dateEnd: m.dateEnd,
    })),
  });
  const existing = new Map(matches.map((r) => [String(r.localId), r.id as string | null]));
  const ids = new Map<string, string>();
  for (const meeting of plan.meetings) {
    meeting.id =
      existing.get(meeting.localId) ??
      stableId(
        "meeting",
        meeting.kind,
        meeting.countryKey,
        meeting.date ?? `undated:${meeting.status}`,
      );
    ids.set(meeting.localId, meeting.id);
  }
  return ids;
}
