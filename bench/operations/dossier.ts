import { byKey, codeOf, idOf, itemsOf, type Json, lower } from "./canonical.js";
import { Q2_DOSSIER } from "./graphql-documents.js";
import { isP0, isP1, type Operation, p0Rows, requestFor } from "./operations.js";
import { P1_Q2_CURSOR, P1_Q2_LIST } from "./p1-documents.js";
import { p1First } from "./p1-canonical.js";

/** Q2: a leader's dossier (newest 50 meetings, positions grouped by topic). */
export function dossierOperation(args: { name: string; id: string }): Operation {
  const variables = { id: args.id };
  return {
    name: args.name,
    request: (peer) =>
      requestFor(peer, {
        p0: { path: "/q2", body: { ...variables, limit: 50 } },
        p1: { list: P1_Q2_LIST, cursor: P1_Q2_CURSOR, variables },
        graphql: { query: Q2_DOSSIER, variables },
      }),
    canonical: (peer, response) => {
      const leader = isP1(peer)
        ? fromP1Person(p1First(response, "people"))
        : isP0(peer)
          ? p0Rows(peer, response)[0]?.leader
          : response.data.leader;
      return leader ? canonicalDossier(leader) : null;
    },
  };
}

/** The newest meetings keep their order; positions are compared as sets per topic. */
function canonicalDossier(l: Json): Json {
  return {
    id: l.id,
    name: l.name,
    title: l.title ?? null,
    country: codeOf(l.country),
    meetings: itemsOf(l.meetings).map((m: Json) => ({
      id: m.id,
      kind: lower(m.kind),
      date: m.date ?? null,
      title: m.title ?? null,
      countries: (m.countries ?? []).map(codeOf).sort(),
    })),
    positionsByTopic: (l.positionsByTopic ?? [])
      .map((g: Json) => ({
        topic: idOf(g.topic),
        positions: g.positions
          .map((p: Json) => ({
            id: p.id,
            stance: lower(p.stance),
            date: p.date ?? null,
            holders: (p.holders ?? []).map(codeOf).sort(),
          }))
          .sort(byKey((p) => p.id)),
      }))
      .sort(byKey((g) => g.topic)),
  };
}

/** P1's person as the others state a dossier: the office's title and state, positions grouped. */
function fromP1Person(p: Json): Json {
  if (!p) return null;
  const groups = new Map<string, Json[]>();
  for (const position of itemsOf(p.positions ?? p.positionsConnection)) {
    const topic = position.topic?.[0]?.key ?? null;
    groups.set(topic, [...(groups.get(topic) ?? []), position]);
  }
  return {
    id: p.id,
    name: p.name,
    title: p.offices?.[0]?.title ?? null,
    country: p.offices?.[0]?.country?.[0]?.code ?? null,
    meetings: itemsOf(p.meetings ?? p.meetingsConnection),
    positionsByTopic: [...groups].map(([topic, positions]) => ({ topic, positions })),
  };
}
