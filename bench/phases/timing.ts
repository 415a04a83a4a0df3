import { leftoverNote } from "./end-leftover-transactions.js";
import { measureLatency, type LatencyFigure } from "../load/measure-latency.js";
import { type Operation } from "../operations/operations.js";
import { type PeerName } from "../peers/peer-names.js";
import { monotonicMicros, type ClockWindow } from "../profile/cpu-profile.js";
import { type RunningPeer } from "../peers/spawn-peer.js";

/** A timed operation: a name and the parameter sets its requests rotate over. */
export interface TimedOperation {
  name: string;
  samples: Operation[];
}

export interface TimingFigure extends LatencyFigure {
  operation: string;
  peer: PeerName;
  /** CPU time of the peer's process per request, in ms (/proc, user + system). */
  cpuMsPerRequest: number;
  /** When the requests were sent, on the monotonic clock of CPU profiles (µs). */
  clock: ClockWindow;
  /** Statements still running in Neo4j after the window, stopped before the next one. */
  leftoverTransactions: number;
}

/** Every operation at every concurrency against every peer, one at a time. */
export async function measureTimings(args: {
  peers: readonly RunningPeer[];
  operations: readonly TimedOperation[];
  concurrencies: readonly number[];
  seconds: number;
  log(line: string): void;
  /** Stops what a window's abandoned requests left running, until the peer is quiet; how many it stopped. */
  endLeftovers(peer: RunningPeer): Promise<number>;
}): Promise<TimingFigure[]> {
  const figures: TimingFigure[] = [];
  for (const operation of args.operations) {
    for (const connections of args.concurrencies) {
      for (const peer of args.peers) {
        const cpuBefore = peer.cpuMs();
        const startUs = monotonicMicros();
        const figure = await measureLatency({
          url: peer.url,
          requests: operation.samples.map((s) => s.request(peer.name)),
          connections,
          seconds: args.seconds,
        });
        const clock = { startUs, endUs: monotonicMicros() };
        const cpuMs = peer.cpuMs() - cpuBefore;
        const leftoverTransactions = await args.endLeftovers(peer);
        const row = {
          ...figure,
          operation: operation.name,
          peer: peer.name,
          cpuMsPerRequest: figure.requests > 0 ? cpuMs / figure.requests : NaN,
          clock,
          leftoverTransactions,
        };
        figures.push(row);
        args.log(
          `  ${operation.name} c=${connections} ${peer.name}: p50 ${row.p50} ms, p95 ${row.p95} ms, ` +
            `${row.requestsPerSecond.toFixed(1)} req/s, ${row.failures} failures` +
            leftoverNote(leftoverTransactions),
        );
      }
    }
  }
  return figures;
}
