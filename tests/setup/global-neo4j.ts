import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type TestProject } from "vitest/node";
import { loadConfig } from "../../src/config.js";
import { findFreePort, startLocalNeo4j } from "../../src/graph/local-neo4j/index.js";
import { projectPath } from "../../src/lib/paths.js";

/**
 * Starts the database the integration tier talks to: with NEO4J_URI set, that
 * database; otherwise a local Neo4j of its own, on a free port in a temporary data
 * directory, so that a developer's `npm start` database is never touched.
 * There is no skip: when Neo4j cannot be started or reached, the suite fails.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = loadConfig({ ...process.env, NODE_ENV: "test" });
  if (config.neo4jUri !== undefined) {
    project.provide("neo4j", {
      uri: config.neo4jUri,
      user: config.neo4jUser,
      password: config.neo4jPassword,
      database: config.neo4jDatabase,
    });
    return async () => {};
  }
  const homeDir = mkdtempSync(join(tmpdir(), "diplograph-test-neo4j-"));
  const password = "diplograph-test";
  const neo4j = await startLocalNeo4j({
    projectRoot: projectPath(),
    homeDir,
    port: await findFreePort(),
    password,
    pageCacheSize: "128m",
    heapSize: "1g",
    attached: true,
  });
  project.provide("neo4j", { uri: neo4j.uri, user: "neo4j", password, database: "neo4j" });
  return async () => {
    await neo4j.stop();
    rmSync(homeDir, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string; database: string };
  }
}
