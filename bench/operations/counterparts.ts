import { codeOf, itemsOf, type Json } from "./canonical.js";
import { Q5_COUNTERPARTS } from "./graphql-documents.js";
import { firstDay, isP0, isP1, lastDay, type Operation, p0Rows, requestFor } from "./operations.js";
import { p1First } from "./p1-canonical.js";
import { P1_Q5_CURSOR, P1_Q5_LIST } from "./p1-documents.js";

const TOP = 10;

/** Q5: two hops, the leaders who met a leader in the most meetings in a range of years. */
export function counterpartsOperation(args: {
  name: string;
  id: string;
  fromYear: number;
  toYear: number;
}): Operation {
  const from = String(args.fromYear);
  const to = String(args.toYear);
  const days = { id: args.id, from: firstDay(from), to: lastDay(to) };
  return {
    name: args.name,
    request: (peer) =>
      requestFor(peer, {
        p0: { path: "/q5", body: { ...days, limit: TOP } },
        p1: { list: P1_Q5_LIST, cursor: P1_Q5_CURSOR, variables: days },
        graphql: { query: Q5_COUNTERPARTS, variables: { id: args.id, from, to } },
      }),
    // A ranking: the order (meetings, then id) is part of the answer.
    canonical: (peer, response) => {
      const rows = isP1(peer)
        ? rankCounterparts(args.id, p1First(response, "people"))
        : isP0(peer)
          ? p0Rows(peer, response)
          : (response.data.leader?.counterparts ?? []);
      return rows.map((r: Json) => ({
        id: r.leader.id,
        name: r.leader.name,
        title: r.leader.title ?? null,
        country: codeOf(r.leader.country),
        meetings: r.meetings,
      }));
    },
  };
}

/** What a P1 client has to do itself: count shared meetings per other participant, rank. */
function rankCounterparts(id: string, person: Json): Json[] {
  const counts = new Map<string, { leader: Json; meetings: number }>();
  for (const meeting of itemsOf(person?.meetings ?? person?.meetingsConnection)) {
    for (const p of meeting.participants ?? []) {
      if (p.id === id) continue;
      const office = p.offices?.[0];
      const entry = counts.get(p.id) ?? {
        leader: { id: p.id, name: p.name, title: office?.title, country: office?.country?.[0] },
        meetings: 0,
      };
      entry.meetings += 1;
      counts.set(p.id, entry);
    }
  }
  return [...counts.values()]
    .sort((a, b) => b.meetings - a.meetings || (a.leader.id < b.leader.id ? -1 : 1))
    .slice(0, TOP);
}
