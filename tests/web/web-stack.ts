import { loadConfig } from "../../src/config.js";
import { type OpenGraph } from "../../src/graph/open-graph.js";
import { startHttpServer } from "../../src/api/server.js";
import { ingestFiles } from "../../src/ingest/ingest-files.js";
import { projectPath } from "../../src/lib/paths.js";
import { createWebHandler } from "../../src/web/mount.js";
import { openTestGraph, resetGraph } from "../helpers/graph.js";

/** The seed articles in a fresh graph, the real API over HTTP, and the web front. */
export interface WebStack {
  url: string;
  close(): Promise<void>;
}

/**
 * Loads `seeds/` into the emptied test graph and starts the real `startHttpServer` with
 * the web handler mounted, as `diplograph serve` does.
 */
export async function startWebStack({ enableIde }: { enableIde: boolean }): Promise<WebStack> {
  const graph: OpenGraph = await openTestGraph();
  await resetGraph(graph.executor);
  const summary = await ingestFiles({ executor: graph.executor, paths: [projectPath("seeds")] });
  if (summary.loaded === 0) throw new Error(`the seeds did not load: ${JSON.stringify(summary)}`);
  const api = await startHttpServer({
    executor: graph.executor,
    config: loadConfig({ NODE_ENV: "test" }),
    port: 0,
    host: "127.0.0.1",
    handleWeb: await createWebHandler({ enableIde }),
  });
  return {
    url: api.url,
    close: async () => {
      await api.close();
      await graph.close();
    },
  };
}
