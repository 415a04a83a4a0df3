import { type Operation } from "../operations/operations.js";
import { type PeerName } from "../peers/peer-names.js";
import { type RunningPeer } from "../peers/spawn-peer.js";
import { type TimedOperation } from "./timing.js";

/** What one request of an operation cost a peer in the database. */
export interface StatementFigure {
  operation: string;
  peer: PeerName;
  /** Cypher statements the request sent (round trips to Neo4j). */
  statements: number;
  /** Database hits of those statements, replayed with PROFILE. */
  dbHits: number;
}

/**
 * An untimed pass: each peer is asked the first parameter set of each operation once while
 * its driver records the statements it sends (with their parameters); the peer then
 * replays them with PROFILE. Every peer is measured the same way, at its driver.
 */
export async function measureStatements(
  peers: readonly RunningPeer[],
  operations: readonly TimedOperation[],
  ask: (peer: RunningPeer, operation: Operation) => Promise<unknown>,
): Promise<StatementFigure[]> {
  const figures: StatementFigure[] = [];
  for (const operation of operations) {
    const sample = operation.samples[0];
    if (!sample) continue;
    for (const peer of peers) {
      await peer.record();
      await ask(peer, sample);
      const { statements, dbHits } = await peer.recorded();
      figures.push({ operation: operation.name, peer: peer.name, statements, dbHits });
    }
  }
  return figures;
}
