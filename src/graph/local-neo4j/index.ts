export { resolveNeo4jClasspath } from "./resolve-classpath.js";
export {
  DEFAULT_HEAP_SIZE,
  DEFAULT_PAGE_CACHE_SIZE,
  type LocalNeo4j,
  type StartLocalNeo4jOptions,
  startLocalNeo4j,
} from "./start-local-neo4j.js";
export { LocalNeo4jNotRunningError, stopLocalNeo4j } from "./stop-local-neo4j.js";
export { type LocalNeo4jStatus, localNeo4jStatus } from "./local-neo4j-status.js";
export { findFreePort, probeTcpPort } from "./tcp-port.js";
