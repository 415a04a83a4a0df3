import { benchmarkStates, FIRST_YEAR, LAST_YEAR, type World } from "../corpus/index.js";
import { type PeerName } from "../peers/peer-names.js";
import { canonicalMeeting, type Json } from "./canonical.js";
import { Q1_TIMELINE, Q3_MEETING } from "./graphql-documents.js";
import { P0_GRAPHQL_DOCUMENTS } from "./p0-graphql-documents.js";
import { fromP1Meeting, p1Meetings } from "./p1-canonical.js";
import { P1_Q1_CURSOR, P1_Q1_LIST, P1_Q3_CURSOR, P1_Q3_LIST } from "./p1-documents.js";

/** One request as autocannon sends it. */
export interface PeerRequest {
  path: string;
  body: string;
}

/** A timed operation with one parameter set: how each peer is asked, and its answer read. */
export interface Operation {
  /** e.g. "Q1 busy 1y". */
  name: string;
  request(peer: PeerName): PeerRequest;
  /** The answer in canonical form (lists in a fixed order), or the errors it carries. */
  canonical(peer: PeerName, response: Json): Json;
}

const post = (path: string, value: unknown): PeerRequest => ({ path, body: JSON.stringify(value) });

/** ISO years (the API's form) as the ISO days P0 and P1 take. */
export const firstDay = (year: string): string => `${year}-01-01`;
export const lastDay = (year: string): string => `${year}-12-31`;

/** Whether a peer runs P0's statements: P0 itself, or P0-GraphQL. */
export const isP0 = (peer: PeerName): boolean => peer === "p0" || peer === "p0-graphql";

/**
 * P0's rows, as P0 answers them (`{data: rows}`) or as P0-GraphQL does (`{data: {qN: rows}}`,
 * one root field).
 */
export function p0Rows(peer: PeerName, response: Json): Json[] {
  if (peer === "p0") return response.data as Json[];
  return (Object.values(response.data as Record<string, Json[]>)[0] ?? []) as Json[];
}

/** Whether a peer is P1 in either form. */
export const isP1 = (peer: PeerName): boolean => peer === "p1" || peer === "p1-cursor";

/**
 * How each peer is asked one parameter set: P0 its route, P0-GraphQL the route's document
 * with the route's body as its variables, P1 its own documents (list or
 * cursor form), diplograph and P2 the same GraphQL document (P2 serves diplograph's schema).
 */
export function requestFor(
  peer: PeerName,
  ways: {
    p0: { path: string; body: unknown };
    p1: { list: string; cursor: string; variables: unknown };
    graphql: { query: string; variables: unknown };
  },
): PeerRequest {
  if (peer === "p0") return post(ways.p0.path, ways.p0.body);
  if (peer === "p0-graphql") {
    const query = P0_GRAPHQL_DOCUMENTS[ways.p0.path];
    if (!query) throw new Error(`P0-GraphQL has no document for ${ways.p0.path}`);
    return post("/graphql", { query, variables: ways.p0.body });
  }
  if (isP1(peer)) {
    const query = peer === "p1" ? ways.p1.list : ways.p1.cursor;
    return post("/graphql", { query, variables: ways.p1.variables });
  }
  return post("/graphql", ways.graphql);
}

export function timelineOperation(args: {
  name: string;
  country: string;
  fromYear: number;
  toYear: number;
}): Operation {
  const from = String(args.fromYear);
  const to = String(args.toYear);
  return {
    name: args.name,
    request: (peer) => {
      const days = { country: args.country, from: firstDay(from), to: lastDay(to) };
      return requestFor(peer, {
        p0: { path: "/q1", body: { ...days, limit: 20 } },
        p1: { list: P1_Q1_LIST, cursor: P1_Q1_CURSOR, variables: days },
        graphql: { query: Q1_TIMELINE, variables: { country: args.country, from, to } },
      });
    },
    canonical: (peer, response) => {
      if (isP1(peer)) return p1Meetings(response).map((m) => canonicalMeeting(fromP1Meeting(m)));
      const rows = isP0(peer)
        ? p0Rows(peer, response).map((r) => r.meeting as Json)
        : ((response.data as { meetings: { edges: { node: Json }[] } }).meetings.edges.map(
            (e) => e.node,
          ) as Json[]);
      return rows.map(canonicalMeeting);
    },
  };
}

/**
 * The benchmark's three timeline pages of a world (Q1): a busy state's year (2020), its
 * 40 years, and a rare state's 40 years.
 */
export function timelinePages(world: World): Operation[] {
  const { busy, rare } = benchmarkStates(world);
  const fortyYears = { fromYear: FIRST_YEAR, toYear: LAST_YEAR };
  return [
    timelineOperation({ name: "Q1 busy 1y", country: busy, fromYear: 2020, toYear: 2020 }),
    timelineOperation({ name: "Q1 busy 40y", country: busy, ...fortyYears }),
    timelineOperation({ name: "Q1 rare 40y", country: rare, ...fortyYears }),
  ];
}

export function meetingOperation(args: { name: string; id: string }): Operation {
  return {
    name: args.name,
    request: (peer) => {
      const variables = { id: args.id };
      return requestFor(peer, {
        p0: { path: "/q3", body: variables },
        p1: { list: P1_Q3_LIST, cursor: P1_Q3_CURSOR, variables },
        graphql: { query: Q3_MEETING, variables },
      });
    },
    canonical: (peer, response) => {
      if (isP1(peer)) {
        const m = p1Meetings(response)[0];
        return m ? canonicalMeeting(fromP1Meeting(m)) : null;
      }
      const row = isP0(peer)
        ? p0Rows(peer, response)[0]?.meeting
        : (response.data as { meeting: Json }).meeting;
      return row ? canonicalMeeting(row) : null;
    },
  };
}
