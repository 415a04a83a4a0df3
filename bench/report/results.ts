import { type IngestFigure } from "../ingest/measure-ingest.js";
import { type CorrectnessCheck } from "../phases/correctness.js";
import { type W2Results } from "../phases/reads-under-ingestion.js";
import { type TimingFigure } from "../phases/timing.js";
import { type PeerName } from "../peers/peer-names.js";
import { type PeerProfile } from "../profile/peer-profiles.js";

/** Everything one run measured, as written to bench/results/*.json. */
export interface BenchResults {
  tier: string;
  meetings: number;
  seed: number;
  startedAt: string;
  seconds: number;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGiB: number;
    node: string;
    loadAverage: number[];
    /** % of time some task waited for a CPU over the last minute (other users included). */
    cpuPressure: { atStart: number | null; atEnd: number | null };
  };
  neo4j: { pageCache: string; heap: string; settings: Record<string, string> };
  /** W1: every loader, P1's generated mutations included (with a sample of their Cypher). */
  ingest: IngestFigure[];
  peers: { name: PeerName; startupMs: number; peakRssMiB: number }[];
  correctness: CorrectnessCheck[];
  /** The first request of each operation to each peer (plan compilation included), in ms. */
  coldStarts: { operation: string; peer: PeerName; firstRequestMs: number }[];
  statements: { operation: string; peer: PeerName; statements: number }[];
  /** The Cypher P1 generated for the operations, as captured at its driver. */
  generatedCypher: { peer: PeerName; statements: string[] }[];
  dbHits: { operation: string; peer: PeerName; dbHits: number }[];
  timings: TimingFigure[];
  /** W2: Q1 and Q3 idle and while diplograph's loader writes; null when left out. */
  readsUnderIngestion: W2Results | null;
  /** With `--profile`: each peer's CPU profile over its timed requests. */
  profiles?: PeerProfile[];
}
