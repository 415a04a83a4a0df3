import { byKey, itemsOf, type Json } from "./canonical.js";
import { Q6_DEEP } from "./graphql-documents.js";
import { firstDay, isP0, isP1, lastDay, type Operation, p0Rows, requestFor } from "./operations.js";
import { p1Meetings } from "./p1-canonical.js";
import { P1_Q6_CURSOR, P1_Q6_LIST } from "./p1-documents.js";

/** Q6: a state's first meetings in a range, participants, their meetings, participants. */
export function deepNestOperation(args: {
  name: string;
  country: string;
  fromYear: number;
  toYear: number;
}): Operation {
  const from = String(args.fromYear);
  const to = String(args.toYear);
  const days = { country: args.country, from: firstDay(from), to: lastDay(to) };
  return {
    name: args.name,
    request: (peer) =>
      requestFor(peer, {
        p0: { path: "/q6", body: { ...days, limit: 5, nested: 5 } },
        p1: { list: P1_Q6_LIST, cursor: P1_Q6_CURSOR, variables: days },
        graphql: { query: Q6_DEEP, variables: { country: args.country, from, to } },
      }),
    canonical: (peer, response) => {
      const meetings = isP1(peer)
        ? p1Meetings(response)
        : isP0(peer)
          ? p0Rows(peer, response).map((r: Json) => r.meeting)
          : itemsOf(response.data.meetings);
      return meetings.map(canonicalNest);
    },
  };
}

/** Pages keep their order (oldest first); participants are compared as sets. */
function canonicalNest(m: Json): Json {
  return {
    id: m.id,
    participants: (m.participants ?? [])
      .map((p: Json) => ({
        id: p.id,
        name: p.name,
        meetings: itemsOf(p.meetings ?? p.meetingsConnection).map((pm: Json) => ({
          id: pm.id,
          participants: (pm.participants ?? [])
            .map((pp: Json) => ({ id: pp.id, name: pp.name }))
            .sort(byKey((pp) => pp.id)),
        })),
      }))
      .sort(byKey((p) => p.id)),
  };
}
