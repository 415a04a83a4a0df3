import { type IncomingMessage, type ServerResponse } from "node:http";
import { type Driver } from "neo4j-driver";
import { startHttpServer } from "../../src/api/server.js";
import { loadConfig } from "../../src/config.js";
import { loadCypherRegistry } from "../../src/graph/cypher-registry.js";
import { GraphExecutor } from "../../src/graph/executor.js";

/**
 * diplograph as `diplograph serve` runs it: the production configuration, and an executor
 * that does not retry reads and bounds each transaction by the request deadline
 * (src/cli/commands/serve.ts), here over the benchmark's recording driver.
 */
export async function startDiplograph(options: {
  driver: Driver;
  database: string;
  host: string;
  handleWeb: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
}): Promise<{ url: string; close(): Promise<void> }> {
  // The connection is the benchmark's; the config's database settings only have to validate.
  const config = loadConfig({
    NODE_ENV: "production",
    NEO4J_URI: process.env.BENCH_NEO4J_URI,
    NEO4J_PASSWORD: "x",
  });
  const executor = new GraphExecutor(options.driver, options.database, loadCypherRegistry(), {
    retryReads: false,
    transactionTimeoutMs: config.api.requestTimeoutMs,
  });
  return startHttpServer({
    executor,
    config,
    port: 0,
    host: options.host,
    logError: (e) => console.error(e),
    // A failed request's cause in the run's log (the client is told only its code).
    logDatabaseFailure: (e, code) => console.error(code, e.message, e.cause),
    handleWeb: options.handleWeb,
  });
}
