/**
 * The peers the benchmark compares, in the order of the tables: P0 the hand-written
 * Cypher, P0-GraphQL the same statements behind Apollo Server and graphql-js (the floor of
 * the chosen stack), diplograph as it ships, P1 @neo4j/graphql in its list form and in its cursor
 * (`...Connection`) form (one server, asked in two ways; each runs in its own process),
 * P2 type-graphql with a query per field resolver (the naive way).
 */
export const PEER_NAMES = ["p0", "p0-graphql", "diplograph", "p1", "p1-cursor", "p2"] as const;
export type PeerName = (typeof PEER_NAMES)[number];

export function isPeerName(value: string): value is PeerName {
  return (PEER_NAMES as readonly string[]).includes(value);
}
