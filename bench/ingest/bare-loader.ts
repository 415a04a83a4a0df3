import { type Driver } from "neo4j-driver";
import { stableId } from "../../src/domain/keys.js";
import { type ArticleRecord } from "../../src/domain/record.js";
import { planArticle } from "../../src/ingest/plan-article.js";
import { benchCypher, type BenchQueryName } from "../cypher/index.js";

type Row = Record<string, unknown>;

interface Batch {
  articles: Row[];
  sentences: Row[];
  countries: Row[];
  persons: Row[];
  offices: Row[];
  meetings: Row[];
  topics: Row[];
  positions: Row[];
  quotes: Row[];
}

const emptyBatch = (): Batch => ({
  articles: [],
  sentences: [],
  countries: [],
  persons: [],
  offices: [],
  meetings: [],
  topics: [],
  positions: [],
  quotes: [],
});

/**
 * The floor of ingestion: the same records, planned by the same pure planner, written
 * batch by batch with one `UNWIND ... MERGE` statement per kind in one transaction, with
 * meeting ids computed up front (no matching of re-reports against the graph, no revision
 * check). It builds the same graph as diplograph's loader for corpora whose re-reports
 * repeat the date exactly, which the synthetic corpus guarantees.
 */
export async function loadBare(args: {
  driver: Driver;
  database: string;
  records: Iterable<ArticleRecord>;
  batchSize: number;
}): Promise<number> {
  let batch = emptyBatch();
  let size = 0;
  let total = 0;
  for (const record of args.records) {
    addToBatch(batch, record);
    size += 1;
    total += 1;
    if (size >= args.batchSize) {
      await writeBatch(args.driver, args.database, batch);
      batch = emptyBatch();
      size = 0;
    }
  }
  if (size > 0) await writeBatch(args.driver, args.database, batch);
  return total;
}

/** One article's rows with every key computed up front, as the bare and P1 loaders write them. */
export type BareArticle = { [K in keyof Batch]: K extends "articles" ? Row : Row[] };

/**
 * Plans one record with the shared pure planner and computes the meeting and position ids
 * from their content (no matching against the graph): the keys both key-computing loaders use.
 */
export function planBareArticle(record: ArticleRecord): BareArticle {
  const plan = planArticle(record);
  const articleId = String(plan.article.id);
  const meetingIds = new Map<string, string>();
  const meetings = plan.meetings.map((m) => {
    const id = stableId("meeting", m.kind, m.countryKey, m.date ?? `undated:${m.status}`);
    meetingIds.set(m.localId, id);
    return { ...m, id, articleId };
  });
  const positions = plan.positions.map(({ meetingLocalId, localId: _localId, ...row }) => {
    const meetingId = meetingLocalId ? (meetingIds.get(meetingLocalId) ?? null) : null;
    const holders = (row.holders as string[]).join(",");
    const anchor = meetingId ?? String(row.date ?? articleId);
    const id = stableId("position", String(row.stance), String(row.topicKey), holders, anchor);
    return { ...row, id, meetingId };
  });
  return {
    articles: plan.article,
    sentences: plan.sentences.map((s) => ({ ...s, articleId })),
    countries: plan.countries.map((c) => ({ ...c, articleId })),
    persons: plan.persons,
    offices: plan.offices,
    meetings,
    topics: plan.topics,
    positions,
    quotes: plan.quotes.map(({ meetingLocalId, ...row }) => ({
      ...row,
      meetingId: meetingIds.get(meetingLocalId ?? "") ?? null,
    })),
  };
}

function addToBatch(batch: Batch, record: ArticleRecord): void {
  const planned = planBareArticle(record);
  batch.articles.push(planned.articles);
  for (const key of Object.keys(batch) as (keyof Batch)[]) {
    if (key !== "articles") batch[key].push(...planned[key]);
  }
}

const STATEMENTS: [BenchQueryName, (b: Batch) => Row][] = [
  ["bare/merge-articles", (b) => ({ articles: b.articles, sentences: b.sentences })],
  ["bare/merge-countries", (b) => ({ rows: b.countries })],
  ["bare/merge-persons", (b) => ({ rows: b.persons })],
  ["bare/merge-offices", (b) => ({ rows: b.offices })],
  ["bare/merge-meetings", (b) => ({ rows: b.meetings })],
  ["bare/merge-topics", (b) => ({ rows: b.topics })],
  ["bare/merge-positions", (b) => ({ rows: b.positions })],
  ["bare/merge-quotes", (b) => ({ rows: b.quotes })],
];

async function writeBatch(driver: Driver, database: string, batch: Batch): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: "WRITE" });
  try {
    await session.executeWrite(async (tx) => {
      for (const [name, params] of STATEMENTS) await tx.run(benchCypher(name), params(batch));
    });
  } finally {
    await session.close();
  }
}
