import { type Json } from "./canonical.js";

/** P1's meeting in the shape the others state it: single references out of their lists. */
export function fromP1Meeting(m: Json): Json {
  const evidence = m.evidence?.map((s: Json) => ({
    article: s.article?.[0] ?? null,
    sentence: s.text,
    start: s.start,
    end: s.end,
  }));
  const sources = evidence
    ? [...new Map(evidence.map((e: Json) => [e.article?.id, e.article])).values()]
    : undefined;
  return {
    ...m,
    participants: m.participants?.map((p: Json) => ({
      id: p.id,
      name: p.name,
      title: p.offices?.[0]?.title ?? null,
      country: p.offices?.[0]?.country?.[0]?.code ?? null,
    })),
    positions: m.positions?.map((p: Json) => ({
      ...p,
      topic: p.topic?.[0]?.key ?? null,
    })),
    quotes: m.quotes?.map((q: Json) => ({ ...q, speaker: q.speaker?.[0]?.id ?? null })),
    evidence: evidence?.map((e: Json) => ({ ...e, article: e.article?.id ?? null })),
    sources,
  };
}

/** The meetings of a P1 answer, from either form. */
export function p1Meetings(response: Json): Json[] {
  const data = response.data;
  return data.meetings ?? data.meetingsConnection.edges.map((e: Json) => e.node);
}

/** The first node of a P1 root field, from either form (`people` or `peopleConnection`). */
export function p1First(response: Json, field: string): Json {
  const data = response.data;
  return data[field]?.[0] ?? data[`${field}Connection`]?.edges?.[0]?.node ?? null;
}
