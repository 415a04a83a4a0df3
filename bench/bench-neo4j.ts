import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applyMigrations } from "../src/graph/migrations.js";
import { connectGraph, type OpenGraph } from "../src/graph/open-graph.js";
import { findFreePort, startLocalNeo4j } from "../src/graph/local-neo4j/index.js";
import { projectPath } from "../src/lib/paths.js";
import { type TierName } from "./corpus/index.js";

/** Page cache and heap by tier: enough to hold the tier's store in memory. */
export const NEO4J_SIZES: Readonly<Record<TierName, { pageCache: string; heap: string }>> = {
  "10k": { pageCache: "512m", heap: "1g" },
  "100k": { pageCache: "2g", heap: "2g" },
  "1m": { pageCache: "8g", heap: "4g" },
};

/** The password of the benchmark's own Neo4j (127.0.0.1 only, deleted after the run). */
export const BENCH_PASSWORD = "diplograph-bench";

export interface BenchNeo4j {
  graph: OpenGraph;
  sizes: { pageCache: string; heap: string };
  homeDir: string;
  port: number;
  close(): Promise<void>;
}

/** Starts a fresh Neo4j of the benchmark's own, in a temp dir on a free port, migrated. */
export async function startBenchNeo4j(tier: TierName): Promise<BenchNeo4j> {
  const sizes = NEO4J_SIZES[tier];
  const homeDir = mkdtempSync(join(tmpdir(), "diplograph-bench-neo4j-"));
  const port = await findFreePort();
  const password = BENCH_PASSWORD;
  const neo4j = await startLocalNeo4j({
    projectRoot: projectPath(),
    homeDir,
    port,
    password,
    pageCacheSize: sizes.pageCache,
    heapSize: sizes.heap,
    attached: true,
  });
  try {
    const graph = await connectGraph({
      uri: neo4j.uri,
      user: "neo4j",
      password,
      database: "neo4j",
    });
    await applyMigrations(graph.executor);
    return {
      graph,
      sizes,
      homeDir,
      port,
      close: async () => {
        await graph.close();
        await neo4j.stop();
        rmSync(homeDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await neo4j.stop();
    rmSync(homeDir, { recursive: true, force: true });
    throw error;
  }
}
