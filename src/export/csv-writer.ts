import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import { stringify, type Stringifier } from "csv-stringify";
import { meetingCoding, participationCoding, positionCoding } from "./export-codes.js";
import {
  codeColumns,
  type ExportArticle,
  type ExportItem,
  type ExportMeeting,
  type ExportPosition,
  type ExportQuote,
  type ExportWriter,
} from "./export-rows.js";
import { FirstSeen, referencesOf } from "./references.js";

const CODE_COLUMNS = ["cameoCode", "cameoLabel", "ploverType", "ploverMode"] as const;

/** The files of a CSV export and their columns, in order. */
export const CSV_TABLES = {
  "meetings.csv": [
    "meetingId",
    "kind",
    "status",
    "date",
    "datePrecision",
    "dateStart",
    "dateEnd",
    "title",
    "location",
    "countries",
    "jointStatement",
    ...CODE_COLUMNS,
    "sourceCount",
    "sources",
  ],
  "participants.csv": [
    "meetingId",
    "leaderId",
    "name",
    "role",
    "countryCode",
    "title",
    ...CODE_COLUMNS,
  ],
  "positions.csv": [
    "positionId",
    "stance",
    "date",
    "meetingId",
    "topicKey",
    "topicKind",
    "topicArgs",
    "topicLabel",
    "holders",
    "speakers",
    ...CODE_COLUMNS,
    "sourceCount",
    "sources",
  ],
  "quotes.csv": [
    "quoteId",
    "leaderId",
    "speaker",
    "meetingId",
    "date",
    "text",
    "sourceCount",
    "sources",
  ],
  "agreements.csv": ["meetingId", "agreement"],
  "countries.csv": ["code", "name"],
  "leaders.csv": ["leaderId", "name", "title", "countryCode"],
  "articles.csv": ["articleId", "url", "title", "publisher", "publishedAt"],
} as const;

type TableName = keyof typeof CSV_TABLES;
type CsvRow = Record<string, string | number | boolean | null | undefined>;

interface Table {
  stringifier: Stringifier;
  done: Promise<void>;
}

/** Several values in one cell: ISO codes, ids and slugs hold no ";". */
const joined = (values: readonly string[]): string => values.join(";");
const sourceColumns = (sources: readonly ExportArticle[]): CsvRow => ({
  sourceCount: sources.length,
  sources: joined(sources.map((a) => a.id)),
});

/**
 * A CSV export: one file per entity in `dir`, RFC 4180 (csv-stringify: a header row,
 * fields quoted where they hold a comma, quote or line break, quotes doubled, CRLF
 * records), UTF-8. Rows are written as they are read; reference entities (countries,
 * leaders, articles) the first time a fact names them.
 */
export function openCsvWriter(dir: string): ExportWriter {
  return new CsvWriter(dir);
}

class CsvWriter implements ExportWriter {
  readonly #tables = new Map<TableName, Table>();
  readonly #seen = {
    countries: new FirstSeen(),
    leaders: new FirstSeen(),
    articles: new FirstSeen(),
  };

  constructor(dir: string) {
    for (const [name, columns] of Object.entries(CSV_TABLES) as [TableName, readonly string[]][]) {
      const stringifier = stringify({
        header: true,
        columns: [...columns],
        record_delimiter: "windows",
        cast: { boolean: (value) => String(value) },
      });
      const done = pipeline(stringifier, createWriteStream(join(dir, name)));
      // Awaited in close(); a failure before then must not be an unhandled rejection.
      done.catch(() => undefined);
      this.#tables.set(name, { stringifier, done });
    }
  }

  async write(item: ExportItem): Promise<void> {
    await this.#writeReferences(item);
    if (item.type === "meeting") await this.#writeMeeting(item.meeting);
    else if (item.type === "position") await this.#writePosition(item.position);
    else await this.#writeQuote(item.quote);
  }

  async close(): Promise<void> {
    for (const table of this.#tables.values()) table.stringifier.end();
    await Promise.all([...this.#tables.values()].map((t) => t.done));
  }

  async #put(name: TableName, row: CsvRow): Promise<void> {
    const { stringifier } = this.#tables.get(name)!;
    if (!stringifier.write(row)) await once(stringifier, "drain");
  }

  async #writeReferences(item: ExportItem): Promise<void> {
    const refs = referencesOf(item);
    for (const c of refs.countries) {
      if (this.#seen.countries.take(c.code)) {
        await this.#put("countries.csv", { code: c.code, name: c.name });
      }
    }
    for (const p of refs.people) {
      if (!this.#seen.leaders.take(p.id)) continue;
      await this.#put("leaders.csv", {
        leaderId: p.id,
        name: p.name,
        title: p.office?.title,
        countryCode: p.office?.country?.code,
      });
    }
    for (const a of refs.articles) {
      if (this.#seen.articles.take(a.id))
        await this.#put("articles.csv", { articleId: a.id, ...a });
    }
  }

  async #writeMeeting(m: ExportMeeting): Promise<void> {
    await this.#put("meetings.csv", {
      meetingId: m.id,
      kind: m.kind,
      status: m.status,
      date: m.date,
      datePrecision: m.datePrecision,
      dateStart: m.dateStart,
      dateEnd: m.dateEnd,
      title: m.title,
      location: m.location,
      countries: joined(m.countries.map((c) => c.code)),
      jointStatement: m.jointStatement,
      ...codeColumns(meetingCoding(m)),
      ...sourceColumns(m.sources),
    });
    for (const agreement of m.agreements ?? []) {
      await this.#put("agreements.csv", { meetingId: m.id, agreement });
    }
    for (const p of m.participants) {
      await this.#put("participants.csv", {
        meetingId: m.id,
        leaderId: p.id,
        name: p.name,
        role: p.role,
        countryCode: p.office?.country?.code,
        title: p.office?.title,
        ...codeColumns(participationCoding(m, p)),
      });
    }
    for (const p of m.positions) await this.#writePosition(p);
    for (const q of m.quotes) await this.#writeQuote(q);
  }

  #writePosition(p: ExportPosition): Promise<void> {
    return this.#put("positions.csv", {
      positionId: p.id,
      stance: p.stance,
      date: p.date,
      meetingId: p.meetingId,
      topicKey: p.topic.key,
      topicKind: p.topic.kind,
      topicArgs: joined(p.topic.args),
      topicLabel: p.topic.label,
      holders: joined(p.holders.map((c) => c.code)),
      speakers: joined(p.speakers.map((s) => s.id)),
      ...codeColumns(positionCoding(p)),
      ...sourceColumns(p.sources),
    });
  }

  #writeQuote(q: ExportQuote): Promise<void> {
    return this.#put("quotes.csv", {
      quoteId: q.id,
      leaderId: q.speaker.id,
      speaker: q.speaker.name,
      meetingId: q.meetingId,
      date: q.date,
      text: q.text,
      ...sourceColumns(q.sources),
    });
  }
}
