import { type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync, renameSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { processCpuMs } from "../load/cpu-time.js";
import { type BenchNeo4j, spawnBenchScript } from "./bench-process.js";
import { type PeerName } from "./peer-names.js";

/** A peer running in its own process, with readings of its CPU time and memory. */
export interface RunningPeer {
  name: PeerName;
  url: string;
  pid: number;
  /** From spawn to listening, in milliseconds (includes loading TypeScript through tsx). */
  startupMs: number;
  /** User + system CPU time of the process so far, in milliseconds (/proc/PID/stat). */
  cpuMs(): number;
  /** The .cpuprofile node writes when the peer exits cleanly (with `profileDir`), or null. */
  cpuProfile: string | null;
  /** Peak resident set size so far, in MiB (/proc/PID/status VmHWM). */
  peakRssMiB(): number;
  /** Cypher statements the peer has run so far. */
  statements(): Promise<number>;
  /** The distinct statements a generating peer (P1) has sent, as it sent them. */
  generatedCypher(): Promise<string[]>;
  /** Records the statements (with parameters) of the requests that follow. */
  record(): Promise<void>;
  /** Stops recording: how many statements were recorded, and their PROFILE db hits. */
  recorded(): Promise<{ statements: number; dbHits: number }>;
  stop(): Promise<void>;
}

/** How long a peer may take to close after SIGTERM before it is killed (and its profile lost). */
const STOP_GRACE_MS = 20_000;

/**
 * Starts `bench/peers/serve-peer.ts PEER` against the benchmark's Neo4j; with `profileDir`,
 * under V8's CPU profiler (`--cpu-prof`). Node writes a profile per thread when the peer
 * exits on `stop()`, into `<profileDir>/PEER/` (tsx's module hooks run on a thread of their
 * own, whose profile would overwrite the main one's under one fixed name); `stop()` then
 * moves the main thread's to `<profileDir>/PEER.cpuprofile`.
 */
export async function spawnPeer(args: {
  name: PeerName;
  neo4j: BenchNeo4j;
  profileDir?: string;
}): Promise<RunningPeer> {
  const started = performance.now();
  const cpuProfile = args.profileDir ? join(args.profileDir, `${args.name}.cpuprofile`) : null;
  const profiling = args.profileDir
    ? ["--cpu-prof", `--cpu-prof-dir=${join(args.profileDir, args.name)}`]
    : [];
  const child = spawnBenchScript({
    script: "bench/peers/serve-peer.ts",
    args: [args.name],
    neo4j: args.neo4j,
    nodeFlags: profiling,
    // Every peer as deployed: graphql-js checks its types by instanceof alone (no
    // cross-realm checks) only in production, and the Dockerfile sets it for diplograph.
    env: { NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await firstLine(child);
  const pid = child.pid ?? 0;
  return {
    name: args.name,
    url,
    pid,
    startupMs: performance.now() - started,
    cpuMs: () => processCpuMs(pid),
    cpuProfile,
    peakRssMiB: () => readPeakRssMiB(pid),
    statements: async () => (await benchInfo(url)).statements,
    generatedCypher: async () => (await benchInfo(url)).cypher,
    record: async () => {
      await (await fetch(`${url}/__bench/record`, { method: "POST" })).arrayBuffer();
    },
    recorded: async () =>
      (await (await fetch(`${url}/__bench/recorded`)).json()) as {
        statements: number;
        dbHits: number;
      },
    // SIGTERM lets the peer close its server and driver and exit 0, which is when node
    // writes the CPU profile; SIGKILL only if it hangs.
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const kill = setTimeout(() => child.kill("SIGKILL"), STOP_GRACE_MS);
        child.once("exit", () => {
          clearTimeout(kill);
          if (args.profileDir && cpuProfile)
            moveMainThreadProfile(join(args.profileDir, args.name), cpuProfile);
          resolve();
        });
        child.kill("SIGTERM");
      }),
  };
}

/** Node names a profile CPU.<date>.<time>.<pid>.<thread id>.<seq>.cpuprofile; main is thread 0. */
function moveMainThreadProfile(dir: string, to: string): void {
  const main = existsSync(dir)
    ? readdirSync(dir).find((f) => /^CPU\.\d+\.\d+\.\d+\.0\.\d+\.cpuprofile$/.test(f))
    : undefined;
  if (main) renameSync(join(dir, main), to);
}

async function benchInfo(url: string): Promise<{ statements: number; cypher: string[] }> {
  const res = await fetch(`${url}/__bench/statements`);
  return (await res.json()) as { statements: number; cypher: string[] };
}

async function firstLine(child: ChildProcess): Promise<string> {
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`peer exited with ${code} before listening`)));
    lines.once("line", (line) => resolve((JSON.parse(line) as { url: string }).url));
  });
}

function readPeakRssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}
