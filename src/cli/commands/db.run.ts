import { loadConfig } from "../../config.js";
import {
  LocalNeo4jNotRunningError,
  localNeo4jStatus,
  startLocalNeo4j,
  stopLocalNeo4j,
} from "../../graph/local-neo4j/index.js";
import { localNeo4jOptions } from "../../graph/open-graph.js";
import { projectPath } from "../../lib/paths.js";

/** Prints `value` as JSON with `json`, else the sentence. */
function say(json: boolean | undefined, value: object, sentence: string): void {
  process.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${sentence}\n`);
}

/** `db start`: the local Neo4j, detached, with a pid file. */
export async function startDb({ json }: { json?: boolean }): Promise<void> {
  const config = loadConfig();
  const neo4j = await startLocalNeo4j(localNeo4jOptions(config, { attached: false }));
  say(
    json,
    { uri: neo4j.uri, pid: neo4j.pid },
    `local Neo4j is running at ${neo4j.uri} (pid ${neo4j.pid})`,
  );
}

/** `db stop`: stops what `db start` started; nothing running is fine. */
export async function stopDb({ json }: { json?: boolean }): Promise<void> {
  const config = loadConfig();
  try {
    const { pid } = await stopLocalNeo4j({ homeDir: projectPath(config.localNeo4jHome) });
    say(json, { stopped: true, pid }, `local Neo4j stopped (pid ${pid})`);
  } catch (error) {
    // Stopping what is not running is not a failure: the wanted state holds.
    if (!(error instanceof LocalNeo4jNotRunningError)) throw error;
    say(json, { stopped: false, reason: error.message }, error.message);
  }
}

/** `db status`: whether the local Neo4j answers, and whether `db start` started it. */
export async function showDbStatus({ json }: { json?: boolean }): Promise<void> {
  const config = loadConfig();
  const status = await localNeo4jStatus({
    homeDir: projectPath(config.localNeo4jHome),
    port: config.localNeo4jPort,
  });
  const started = status.pid === null ? "" : ` (pid ${status.pid}, started by db start)`;
  const sentence =
    status.pid !== null && status.listening
      ? `local Neo4j is running at ${status.uri}${started}`
      : status.pid !== null
        ? `local Neo4j${started} is starting: ${status.uri} does not answer yet`
        : status.listening
          ? `something answers at ${status.uri}: the Neo4j of a running serve, or another server`
          : `no local Neo4j is running (nothing answers at ${status.uri})`;
  say(json, status, sentence);
}
