/** A parsed JSON value, typed loosely: the answers of different peers are compared as data. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

/** Vocabulary values in lower case (diplograph's enums are upper case, the graph's lower). */
export const lower = (v: Json): Json => (typeof v === "string" ? v.toLowerCase() : (v ?? null));
/** A comparator by a string key. */
export const byKey =
  (key: (x: Json) => string) =>
  (a: Json, b: Json): number =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
/** A state by its code, whether a peer gave the code or an object with it. */
export const codeOf = (c: Json): Json => (typeof c === "string" ? c : (c?.code ?? null));
/** A node by its id, whether a peer gave the id or an object with it. */
export const idOf = (p: Json): Json => (typeof p === "string" ? p : (p?.id ?? null));
/** The items of a list or of a connection (`edges { node }`), whichever a peer answered. */
export const itemsOf = (list: Json): Json[] =>
  list?.edges ? list.edges.map((e: Json) => e.node) : (list ?? []);

/**
 * A meeting as both peers can state it: enums in lower case, references by key, nested
 * lists sorted by key. Fields one peer was not asked for are left out (undefined).
 */
export function canonicalMeeting(m: Json): Json {
  return {
    id: m.id,
    kind: lower(m.kind),
    status: m.status === undefined ? undefined : lower(m.status),
    date: m.date ?? null,
    title: m.title ?? null,
    location: m.location,
    countries: (m.countries ?? [])
      .map((c: Json) => ({ code: c.code, name: c.name }))
      .sort(byKey((c) => c.code)),
    participants: (m.participants ?? [])
      .map((p: Json) => ({
        id: p.id,
        name: p.name,
        title: p.title ?? null,
        country: codeOf(p.country),
      }))
      .sort(byKey((p) => p.id)),
    positions: (m.positions ?? [])
      .map((p: Json) => ({
        id: p.id,
        stance: lower(p.stance),
        topic: typeof p.topic === "string" ? p.topic : p.topic?.id,
        holders: (p.holders ?? []).map(codeOf).sort(),
        speakers: p.speakers === undefined ? undefined : p.speakers.map(idOf).sort(),
      }))
      .sort(byKey((p) => p.id)),
    quotes: m.quotes
      ?.map((q: Json) => ({ id: q.id, text: q.text, speaker: idOf(q.speaker) }))
      .sort(byKey((q) => q.id)),
    sources: m.sources
      ?.map((a: Json) => ({ id: a.id, url: a.url ?? null, publisher: a.publisher ?? null }))
      .sort(byKey((a) => a.id)),
    evidence: m.evidence
      ?.map((e: Json) => ({
        article: typeof e.article === "string" ? e.article : e.article?.id,
        sentence: e.sentence,
        start: e.start,
        end: e.end,
      }))
      .sort(byKey((e) => `${e.article}:${String(e.start).padStart(9, "0")}`)),
  };
}
