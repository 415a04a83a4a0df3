import { startHttpServer } from "../../src/api/server.js";
import { loadConfig } from "../../src/config.js";
import { loadCypherRegistry } from "../../src/graph/cypher-registry.js";
import { GraphExecutor } from "../../src/graph/executor.js";
import { newStatementLog, recordingDriver, type StatementLog } from "./recording-driver.js";
import { type PhaseLog, phasePlugin, phaseWrapper } from "./request-phases.js";

/**
 * diplograph's API in this process, over a driver that records the statements it sends:
 * how a measurement script (start-choice.ts, request-split.ts) learns what one request sent, to
 * replay or time it on its own. Turn `log.recording` on around the request.
 */
export async function startRecordingApi(
  executor: GraphExecutor,
  /** With it, each request's phases are marked (request-split.ts --phases). */
  phases?: PhaseLog,
): Promise<{ url: string; log: StatementLog; close(): Promise<void> }> {
  const log = newStatementLog();
  const { driver, database } = executor;
  const config = loadConfig({ NODE_ENV: "test" });
  const server = await startHttpServer({
    // Reads as `diplograph serve` runs them: not retried, bounded by the request deadline.
    executor: new GraphExecutor(
      recordingDriver(
        driver,
        log,
        phases && { sent: () => phases.mark("statement"), answered: () => phases.mark("rows") },
      ),
      database,
      loadCypherRegistry(),
      { retryReads: false, transactionTimeoutMs: config.api.requestTimeoutMs },
    ),
    config,
    plugins: phases ? [phasePlugin(phases)] : [],
    wrapRequest: phases && phaseWrapper(phases),
    port: 0,
    host: "127.0.0.1",
    logError: (error) => console.error(error),
  });
  return { url: server.url, log, close: () => server.close() };
}
