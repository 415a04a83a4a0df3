import { type PeerName } from "../peers/peer-names.js";
import { canonicalMeeting, type Json } from "./canonical.js";
import { Q1_TIMELINE, Q3_MEETING } from "./graphql-documents.js";
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

/** ISO prefixes (the API's form) to the ISO days P0 takes. */
const firstDay = (prefix: string): string => `${prefix}-01-01`.slice(0, 10);
const lastDay = (year: string): string => `${year}-12-31`;

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
      if (peer === "p0") return post("/q1", { ...days, limit: 20 });
      if (peer === "p1") return post("/graphql", { query: P1_Q1_LIST, variables: days });
      if (peer === "p1-cursor") return post("/graphql", { query: P1_Q1_CURSOR, variables: days });
      return post("/graphql", {
        query: Q1_TIMELINE,
        variables: { country: args.country, from, to },
      });
    },
    canonical: (peer, response) => {
      if (peer === "p1" || peer === "p1-cursor")
        return p1Meetings(response).map((m) => canonicalMeeting(fromP1Meeting(m)));
      const rows =
        peer === "p0"
          ? (response.data as { meeting: Json }[]).map((r) => r.meeting)
          : ((response.data as { meetings: { edges: { node: Json }[] } }).meetings.edges.map(
              (e) => e.node,
            ) as Json[]);
      return rows.map(canonicalMeeting);
    },
  };
}

export function meetingOperation(args: { name: string; id: string }): Operation {
  return {
    name: args.name,
    request: (peer) => {
      const variables = { id: args.id };
      if (peer === "p0") return post("/q3", variables);
      if (peer === "p1") return post("/graphql", { query: P1_Q3_LIST, variables });
      if (peer === "p1-cursor") return post("/graphql", { query: P1_Q3_CURSOR, variables });
      return post("/graphql", { query: Q3_MEETING, variables });
    },
    canonical: (peer, response) => {
      if (peer === "p1" || peer === "p1-cursor") {
        const m = p1Meetings(response)[0];
        return m ? canonicalMeeting(fromP1Meeting(m)) : null;
      }
      const row =
        peer === "p0"
          ? (response.data as { meeting: Json }[])[0]?.meeting
          : (response.data as { meeting: Json }).meeting;
      return row ? canonicalMeeting(row) : null;
    },
  };
}
