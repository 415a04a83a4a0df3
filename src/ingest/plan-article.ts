import { countryName } from "../domain/countries.js";
import { dateInterval } from "../domain/dates.js";
import { articleId, foldName, personKey, sha256, stableId, topicKey } from "../domain/keys.js";
import { type ArticleRecord } from "../domain/record.js";
import { REGION_NAMES, isRegionSlug } from "../domain/vocabulary.js";
import { planMeetings, type MeetingRow } from "./plan-meetings.js";

/**
 * The rows that loading one record writes, with every local id replaced by a graph
 * key. Pure: the loader only sends these rows to the `ingest/*` statements.
 * Meeting ids are not known here: they are resolved against the graph, inside the
 * transaction, so that a re-reported meeting attaches to the one already there.
 */
export interface ArticlePlan {
  article: Record<string, unknown>;
  sentences: Record<string, unknown>[];
  countries: { code: string; name: string }[];
  organizations: Record<string, unknown>[];
  persons: Record<string, unknown>[];
  offices: Record<string, unknown>[];
  meetings: MeetingRow[];
  topics: Record<string, unknown>[];
  /** Positions and quotes name their meeting by local id until meetings are resolved. */
  positions: (Record<string, unknown> & { meetingLocalId: string | null })[];
  quotes: (Record<string, unknown> & { meetingLocalId: string | null })[];
}

/** Turns a validated record into the rows the loader writes. */
export function planArticle(record: ArticleRecord): ArticlePlan {
  const id = articleId(record.article.text);
  const sentenceKey = new Map(record.sentences.map((s, i) => [s.id, `${id}:${i}`]));
  const code = new Map(record.countries.map((c) => [c.id, c.code]));
  const person = new Map(record.persons.map((p) => [p.id, personKey(p.name)]));
  const keys = { sentenceKey, code, person, articleId: id };
  const meetingDate = new Map(record.meetings.map((m) => [m.id, m.date]));
  const statedOn = (meeting: string | undefined, date: string | undefined): string | null =>
    date ?? (meeting ? meetingDate.get(meeting) : undefined) ?? record.article.publishedAt ?? null;
  return {
    article: planArticleRow(record, id),
    sentences: record.sentences.map((s, i) => ({
      id: `${id}:${i}`,
      index: i,
      start: s.start,
      end: s.end,
      text: record.article.text.slice(s.start, s.end),
    })),
    countries: planCountries(record),
    organizations: record.organizations.map((o) => ({
      id: personKey(o.name),
      name: o.name,
      kind: o.kind,
      countryCode: o.country ? (code.get(o.country) ?? null) : null,
    })),
    persons: record.persons.map((p) => ({
      id: personKey(p.name),
      name: p.name,
      aliases: p.aliases,
      searchName: [p.name, ...p.aliases].map(foldName).join(" | "),
    })),
    offices: planOffices(record, keys),
    meetings: planMeetings(record, keys),
    topics: planTopics(record),
    positions: record.positions.map((p) => {
      const date = statedOn(p.meeting, p.date);
      return {
        localId: p.id,
        stance: p.stance,
        topicKey: topicKey(p.topic.kind, p.topic.args),
        holders: [...new Set(p.holders.map((h) => code.get(h) ?? h))].sort(),
        speakers: [...new Set(p.speakers.map((s) => person.get(s) ?? s))].sort(),
        meetingLocalId: p.meeting ?? null,
        date,
        dateStart: date ? (dateInterval(date)?.start ?? null) : null,
        evidence: p.evidence.map((e) => sentenceKey.get(e)),
      };
    }),
    quotes: record.quotes.map((q) => ({
      id: stableId("quote", person.get(q.speaker), foldName(q.text)),
      text: q.text,
      speaker: person.get(q.speaker),
      meetingLocalId: q.meeting ?? null,
      date: statedOn(q.meeting, undefined),
      evidence: q.evidence.map((e) => ({
        sentence: sentenceKey.get(e),
        start: q.start,
        end: q.end,
      })),
    })),
  };
}

function planArticleRow(record: ArticleRecord, id: string): Record<string, unknown> {
  const { url, title, publisher, author, publishedAt, language, text } = record.article;
  return {
    id,
    url: url ?? null,
    title: title ?? null,
    publisher: publisher ?? null,
    author: author ?? null,
    publishedAt: publishedAt ?? null,
    language,
    textHash: sha256(text),
    // A corrected record of the same text is a revision too: compare whole records.
    recordHash: sha256(JSON.stringify(record)),
    text,
  };
}

function planCountries(record: ArticleRecord): { code: string; name: string }[] {
  const byCode = new Map<string, string>();
  for (const c of record.countries) byCode.set(c.code, countryName(c.code) ?? c.name);
  for (const p of record.positions)
    for (const arg of p.topic.args)
      if (!isRegionSlug(arg) && !byCode.has(arg)) byCode.set(arg, countryName(arg) ?? arg);
  return [...byCode]
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => (a.code < b.code ? -1 : 1));
}

interface Keys {
  sentenceKey: Map<string, string>;
  code: Map<string, string>;
  person: Map<string, string>;
  articleId: string;
}

function planOffices(record: ArticleRecord, keys: Keys): Record<string, unknown>[] {
  return record.persons.flatMap((p) =>
    p.offices.map((o) => {
      const personId = personKey(p.name);
      const countryCode = keys.code.get(o.country) ?? o.country;
      return {
        id: stableId("office", personId, countryCode, foldName(o.title)),
        personId,
        countryCode,
        title: o.title,
        from: o.from ?? null,
        to: o.to ?? null,
        evidence: o.evidence.map((e) => keys.sentenceKey.get(e)),
      };
    }),
  );
}

function planTopics(record: ArticleRecord): Record<string, unknown>[] {
  const topics = new Map<string, Record<string, unknown>>();
  for (const { topic } of record.positions) {
    const key = topicKey(topic.kind, topic.args);
    const args = [...new Set(topic.args)].sort();
    topics.set(key, {
      key,
      kind: topic.kind,
      args,
      label: topicLabel(topic.kind, args),
      countryArgs: args.filter((a) => !isRegionSlug(a)),
      regionArgs: args.filter(isRegionSlug).map((slug) => ({ slug, name: REGION_NAMES[slug] })),
    });
  }
  return [...topics.values()];
}

/** "denuclearization (Korean Peninsula)", "cooperation (Japan, South Korea)". */
export function topicLabel(kind: string, args: readonly string[]): string {
  if (args.length === 0) return kind;
  const names = args.map((a) => (isRegionSlug(a) ? REGION_NAMES[a] : (countryName(a) ?? a)));
  return `${kind} (${names.join(", ")})`;
}
