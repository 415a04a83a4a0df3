import { inject } from "vitest";
import { type GraphExecutor } from "../../src/graph/executor.js";
import { applyMigrations } from "../../src/graph/migrations.js";
import { connectGraph, type OpenGraph } from "../../src/graph/open-graph.js";

/** Connects to the suite's Neo4j (see tests/setup/global-neo4j.ts) with migrations applied. */
export async function openTestGraph(): Promise<OpenGraph> {
  const graph = await connectGraph(inject("neo4j"));
  await applyMigrations(graph.executor);
  return graph;
}

/** Deletes every node and relationship except the migration records. */
export async function resetGraph(executor: GraphExecutor): Promise<void> {
  await executor.autoCommit("admin/delete-all");
}

/** The whole graph as sorted lines, for comparing two graphs exactly. */
export async function dumpGraph(executor: GraphExecutor): Promise<string[]> {
  const nodes = await executor.read("admin/dump-nodes");
  const relationships = await executor.read("admin/dump-relationships");
  const lines = [
    ...nodes.map((n) => `N ${JSON.stringify(n.labels)} ${JSON.stringify(sortProps(n.props))}`),
    ...relationships.map(
      (r) =>
        `R ${String(r.from)} ${String(r.type)} ${String(r.to)} ${JSON.stringify(sortProps(r.props))}`,
    ),
  ];
  return lines.sort();
}

function sortProps(props: unknown): unknown {
  return (props as [string, unknown][]).slice().sort(([a], [b]) => (a < b ? -1 : 1));
}

/** Counts nodes and relationships (the migration records left out). */
export async function countGraph(
  executor: GraphExecutor,
): Promise<{ nodes: number; relationships: number }> {
  const [row] = await executor.read("admin/count-graph");
  return { nodes: Number(row?.nodes ?? 0), relationships: Number(row?.relationships ?? 0) };
}
