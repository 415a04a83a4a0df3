import { isDeepStrictEqual } from "node:util";
import { type Json } from "../operations/canonical.js";
import { type Operation } from "../operations/operations.js";
import { type PeerName } from "../peers/peer-names.js";
import { type RunningPeer } from "../peers/spawn-peer.js";

/** One peer's answer to one parameter set, compared with P0's. */
export interface CorrectnessCheck {
  operation: string;
  peer: PeerName;
  ok: boolean;
  problem: string | null;
  /** Rows (meetings) in P0's answer, so that an empty agreement is visible. */
  rows: number;
}

/** Asks one peer once and returns the parsed body. */
export async function ask(peer: RunningPeer, operation: Operation): Promise<Json> {
  const { path, body } = operation.request(peer.name);
  const res = await fetch(`${peer.url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
  });
  const json = (await res.json()) as Json;
  if (res.status !== 200 || json.errors) {
    throw new Error(
      `${peer.name} ${operation.name}: HTTP ${res.status} ${JSON.stringify(json.errors)}`,
    );
  }
  return json;
}

/**
 * Asks every peer every operation until it answers (at most `attempts` times): the first
 * request compiles each statement's plan, which on a busy machine can outlast a request
 * timeout. Returns the time of each first request, the cold cost of an operation.
 */
export async function warmUp(
  peers: readonly RunningPeer[],
  operations: readonly Operation[],
  attempts = 5,
): Promise<{ operation: string; peer: PeerName; firstRequestMs: number }[]> {
  const cold = [];
  for (const operation of operations) {
    for (const peer of peers) {
      const started = performance.now();
      let firstRequestMs = NaN;
      for (let attempt = 1; attempt <= attempts; attempt += 1) {
        const ok = await ask(peer, operation).then(
          () => true,
          () => false,
        );
        if (attempt === 1) firstRequestMs = performance.now() - started;
        if (ok) break;
      }
      cold.push({ operation: operation.name, peer: peer.name, firstRequestMs });
    }
  }
  return cold;
}

/**
 * The gate before any timing: every peer answers every sampled parameter set without
 * errors and with the same data as P0, after canonical ordering.
 */
export async function checkCorrectness(
  peers: readonly RunningPeer[],
  operations: readonly Operation[],
): Promise<CorrectnessCheck[]> {
  const reference = peers.find((p) => p.name === "p0");
  if (!reference) throw new Error("the correctness gate needs P0");
  const checks: CorrectnessCheck[] = [];
  for (const operation of operations) {
    const expected = operation.canonical("p0", await ask(reference, operation));
    const rows = Array.isArray(expected) ? expected.length : expected ? 1 : 0;
    for (const peer of peers) {
      if (peer === reference) continue;
      let problem: string | null = null;
      try {
        const actual = operation.canonical(peer.name, await ask(peer, operation));
        if (!isDeepStrictEqual(actual, expected)) problem = firstDifference(expected, actual);
      } catch (error) {
        problem = String(error);
      }
      checks.push({
        operation: operation.name,
        peer: peer.name,
        ok: problem === null,
        problem,
        rows,
      });
    }
  }
  return checks;
}

function firstDifference(expected: Json, actual: Json, path = ""): string {
  if (isDeepStrictEqual(expected, actual)) return "";
  if (typeof expected !== "object" || typeof actual !== "object" || !expected || !actual) {
    return `${path || "(root)"}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
  }
  for (const key of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
    if (!isDeepStrictEqual(expected[key], actual[key])) {
      return firstDifference(expected[key], actual[key], `${path}.${key}`);
    }
  }
  return `${path}: differs`;
}
