import { type Config, DEFAULT_NEO4J_MAX_RETRY_MS } from "../config.js";
import { projectPath } from "../lib/paths.js";
import { loadCypherRegistry } from "./cypher-registry.js";
import { createDriver } from "./driver.js";
import { translateNeo4jError } from "./errors.js";
import { GraphExecutor } from "./executor.js";
import { probeTcpPort, startLocalNeo4j, type StartLocalNeo4jOptions } from "./local-neo4j/index.js";

/** An open connection to the graph, and whatever must be stopped with it. */
export interface OpenGraph {
  executor: GraphExecutor;
  /** The Bolt URI in use (the local Neo4j's or the configured one). */
  uri: string;
  /** True when this process started the local Neo4j and will stop it on close. */
  startedLocalNeo4j: boolean;
  close(): Promise<void>;
}

/** The local Neo4j as configured: where it keeps its data, its port, password and memory. */
export function localNeo4jOptions(
  config: Readonly<Config>,
  { attached }: { attached: boolean },
): StartLocalNeo4jOptions {
  return {
    projectRoot: projectPath(),
    homeDir: projectPath(config.localNeo4jHome),
    port: config.localNeo4jPort,
    password: config.neo4jPassword,
    pageCacheSize: config.localNeo4jPageCache,
    heapSize: config.localNeo4jHeap,
    attached,
  };
}

/**
 * Connects to the configured Neo4j. With NEO4J_URI unset it uses the local Neo4j:
 * the one already listening on its port (`npm run db:start`, or a running
 * `npm start`), else one it starts itself, attached, so that it stops with this
 * process. Verifies connectivity, so a wrong password or host fails here, clearly.
 */
export async function openGraph(config: Readonly<Config>): Promise<OpenGraph> {
  const registry = loadCypherRegistry();
  const useLocal = config.neo4jUri === undefined;
  const alreadyRunning = useLocal && (await probeTcpPort({ port: config.localNeo4jPort }));
  const local =
    useLocal && !alreadyRunning
      ? await startLocalNeo4j(localNeo4jOptions(config, { attached: true }))
      : undefined;
  const localUri = `bolt://127.0.0.1:${config.localNeo4jPort}`;
  const uri = local?.uri ?? config.neo4jUri ?? localUri;
  const driver = createDriver({
    uri,
    user: config.neo4jUser,
    password: config.neo4jPassword,
    maxRetryMs: config.neo4jMaxRetryMs,
  });
  try {
    await driver.verifyConnectivity({ database: config.neo4jDatabase });
  } catch (error) {
    await driver.close();
    await local?.stop();
    throw translateNeo4jError(error);
  }
  return {
    executor: new GraphExecutor(driver, config.neo4jDatabase, registry),
    uri,
    startedLocalNeo4j: local !== undefined,
    close: async () => {
      await driver.close();
      await local?.stop();
    },
  };
}

/**
 * Connects to a Neo4j that is already running (tests, tools): no local start. Its
 * managed transactions retry for `maxRetryMs`, by default as long as the configured one's.
 */
export async function connectGraph(options: {
  uri: string;
  user: string;
  password: string;
  database: string;
  maxRetryMs?: number;
}): Promise<OpenGraph> {
  const driver = createDriver({
    ...options,
    maxRetryMs: options.maxRetryMs ?? DEFAULT_NEO4J_MAX_RETRY_MS,
  });
  await driver.verifyConnectivity({ database: options.database });
  return {
    executor: new GraphExecutor(driver, options.database, loadCypherRegistry()),
    uri: options.uri,
    startedLocalNeo4j: false,
    close: () => driver.close(),
  };
}
