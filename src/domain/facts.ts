import { isState } from "./countries.js";
import { type ArticleRecord } from "./record.js";

/**
 * The evaluation view of a record (the "facts" format of `shared/eval/FORMAT.md`):
 * codes and names instead of local ids, no evidence. The extractor's quality is
 * scored on this view.
 */
export interface Facts {
  article: { title?: string; publisher?: string; author?: string; publishedAt?: string };
  countries: string[];
  leaders: { name: string; country: string; title: string }[];
  meetings: {
    kind: string;
    status: string;
    date?: string;
    precision?: string;
    countries: string[];
    participants: string[];
    jointStatement?: boolean;
  }[];
  positions: { holders: string[]; stance: string; topic: { kind: string; args: string[] } }[];
  quotes: { speaker: string; text: string }[];
}

/**
 * Projects a canonical record onto the facts format. Pure and deterministic. The format's
 * countries are states: the graph's European Union (EUU), its officials and its part in a
 * meeting or a position are left out of this view.
 */
export function toFacts(record: ArticleRecord): Facts {
  const codeOf = new Map(record.countries.map((c) => [c.id, c.code]));
  const nameOf = new Map(record.persons.map((p) => [p.id, p.name]));
  const code = (id: string): string => codeOf.get(id) ?? id;
  const name = (id: string): string => nameOf.get(id) ?? id;
  const { title, publisher, author, publishedAt } = record.article;
  return {
    article: { title, publisher, author, publishedAt },
    countries: [...new Set(record.countries.map((c) => c.code).filter(isState))],
    leaders: record.persons.flatMap((p) => {
      const office = p.offices[0];
      const country = office ? code(office.country) : undefined;
      return office && country && isState(country)
        ? [{ name: p.name, country, title: office.title }]
        : [];
    }),
    meetings: record.meetings.map((m) => ({
      kind: m.kind,
      status: m.status,
      ...(m.date !== undefined ? { date: m.date, precision: m.datePrecision } : {}),
      countries: m.countries.map(code).filter(isState),
      participants: m.participants.map((p) => name(p.person)),
      ...(m.jointStatement !== undefined ? { jointStatement: m.jointStatement } : {}),
    })),
    positions: record.positions.flatMap((p) => {
      const holders = p.holders.map(code).filter(isState);
      const topic = { kind: p.topic.kind, args: [...p.topic.args] };
      return holders.length > 0 ? [{ holders, stance: p.stance, topic }] : [];
    }),
    quotes: record.quotes.map((q) => ({ speaker: name(q.speaker), text: q.text })),
  };
}
