import { byKey, codeOf, itemsOf, type Json } from "./canonical.js";
import { Q4_STANCE_MATRIX } from "./graphql-documents.js";
import { firstDay, isP0, isP1, lastDay, type Operation, p0Rows, requestFor } from "./operations.js";
import { P1_Q4_CURSOR, P1_Q4_LIST } from "./p1-documents.js";

/** Q4: a topic's stance matrix, per state the positions of each stance in a range of years. */
export function stanceMatrixOperation(args: {
  name: string;
  topic: string;
  fromYear: number;
  toYear: number;
}): Operation {
  const from = String(args.fromYear);
  const to = String(args.toYear);
  const days = { topic: args.topic, from: firstDay(from), to: lastDay(to) };
  return {
    name: args.name,
    request: (peer) =>
      requestFor(peer, {
        p0: { path: "/q4", body: days },
        p1: { list: P1_Q4_LIST, cursor: P1_Q4_CURSOR, variables: days },
        graphql: { query: Q4_STANCE_MATRIX, variables: { topic: args.topic, from, to } },
      }),
    canonical: (peer, response) => {
      const rows = isP1(peer)
        ? countStances(itemsOf(response.data.positions ?? response.data.positionsConnection))
        : isP0(peer)
          ? p0Rows(peer, response)
          : (response.data.topic?.stanceMatrix ?? []);
      return rows
        .map((r: Json) => ({
          country: codeOf(r.country),
          support: r.support,
          oppose: r.oppose,
          concern: r.concern,
        }))
        .sort(byKey((r) => r.country));
    },
  };
}

/** What a P1 client has to do itself: count the positions it was sent, per holder and stance. */
function countStances(positions: Json[]): Json[] {
  const rows = new Map<string, Record<string, number>>();
  for (const position of positions) {
    for (const holder of position.holders ?? []) {
      const row = rows.get(holder.code) ?? { support: 0, oppose: 0, concern: 0 };
      const stance = String(position.stance).toLowerCase();
      row[stance] = (row[stance] ?? 0) + 1;
      rows.set(holder.code, row);
    }
  }
  return [...rows].map(([country, counts]) => ({ country, ...counts }));
}
