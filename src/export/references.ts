import {
  type ExportArticle,
  type ExportCountry,
  type ExportItem,
  type ExportPerson,
  type ExportTopic,
} from "./export-rows.js";

/** The reference entities an item names: states, people, topics, source articles. */
export interface References {
  countries: ExportCountry[];
  people: ExportPerson[];
  topics: ExportTopic[];
  articles: ExportArticle[];
}

/** Every reference of an item, states first (an office names one), duplicates included. */
export function referencesOf(item: ExportItem): References {
  const refs: References = { countries: [], people: [], topics: [], articles: [] };
  const person = (p: ExportPerson): void => {
    if (p.office?.country) refs.countries.push(p.office.country);
    refs.people.push(p);
  };
  const positions =
    item.type === "meeting"
      ? item.meeting.positions
      : item.type === "position"
        ? [item.position]
        : [];
  const quotes =
    item.type === "meeting" ? item.meeting.quotes : item.type === "quote" ? [item.quote] : [];
  if (item.type === "meeting") {
    refs.countries.push(...item.meeting.countries);
    item.meeting.participants.forEach(person);
    refs.articles.push(...item.meeting.sources);
  }
  for (const p of positions) {
    refs.countries.push(...p.holders);
    p.speakers.forEach(person);
    refs.topics.push(p.topic);
    refs.articles.push(...p.sources);
  }
  for (const q of quotes) {
    person(q.speaker);
    refs.articles.push(...q.sources);
  }
  return refs;
}

/** Remembers keys, so that a streamed export writes each reference entity once. */
export class FirstSeen {
  readonly #seen = new Set<string>();

  /** True the first time `key` is offered. */
  take(key: string): boolean {
    if (this.#seen.has(key)) return false;
    this.#seen.add(key);
    return true;
  }

  get size(): number {
    return this.#seen.size;
  }
}
