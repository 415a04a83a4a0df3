import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import { connectGraph, type OpenGraph } from "../../src/graph/open-graph.js";
import { projectPath } from "../../src/lib/paths.js";

/** Where the benchmark's Neo4j listens, and how to log in. */
export interface BenchNeo4j {
  uri: string;
  user: string;
  password: string;
}

/**
 * Starts one of the benchmark's scripts (`bench/...ts`, through tsx) in a process of its
 * own, told the benchmark's Neo4j in BENCH_NEO4J_URI / BENCH_NEO4J_USER /
 * BENCH_NEO4J_PASSWORD (read back by `connectBenchNeo4j`). `nodeFlags` go before the
 * script (a profiler's); `env` adds to this process's environment.
 */
export function spawnBenchScript(args: {
  script: string;
  args: readonly string[];
  neo4j: BenchNeo4j;
  nodeFlags?: readonly string[];
  env?: Record<string, string>;
  stdio: StdioOptions;
}): ChildProcess {
  return spawn(
    process.execPath,
    [...(args.nodeFlags ?? []), "--import", "tsx", projectPath(args.script), ...args.args],
    {
      cwd: projectPath(),
      env: {
        ...process.env,
        ...args.env,
        BENCH_NEO4J_URI: args.neo4j.uri,
        BENCH_NEO4J_USER: args.neo4j.user,
        BENCH_NEO4J_PASSWORD: args.neo4j.password,
      },
      stdio: args.stdio,
    },
  );
}

/** In a script `spawnBenchScript` started: the benchmark's Neo4j, connected. */
export function connectBenchNeo4j(): Promise<OpenGraph> {
  return connectGraph({
    uri: process.env.BENCH_NEO4J_URI ?? "",
    user: process.env.BENCH_NEO4J_USER ?? "neo4j",
    password: process.env.BENCH_NEO4J_PASSWORD ?? "",
    database: "neo4j",
  });
}
