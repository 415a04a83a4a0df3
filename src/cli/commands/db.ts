import { Command } from "commander";
import { loadConfig } from "../../config.js";
import {
  LocalNeo4jNotRunningError,
  startLocalNeo4j,
  stopLocalNeo4j,
} from "../../graph/local-neo4j/index.js";
import { projectPath } from "../../lib/paths.js";
import { localNeo4jOptions } from "../../graph/open-graph.js";

/** `diplograph db start|stop`: the local Neo4j as a background process (npm run db:start). */
export function dbCommand(): Command {
  const db = new Command("db").description("run the local Neo4j (no Docker) in the background");
  db.command("start")
    .description("start the local Neo4j in the background and wait until Bolt answers")
    .action(async () => {
      const config = loadConfig();
      const neo4j = await startLocalNeo4j(localNeo4jOptions(config, { attached: false }));
      process.stdout.write(`local Neo4j is running at ${neo4j.uri} (pid ${neo4j.pid})\n`);
    });
  db.command("stop")
    .description("stop the local Neo4j started by db start")
    .action(async () => {
      const config = loadConfig();
      try {
        const { pid } = await stopLocalNeo4j({ homeDir: projectPath(config.localNeo4jHome) });
        process.stdout.write(`local Neo4j stopped (pid ${pid})\n`);
      } catch (error) {
        // Stopping what is not running is not a failure: the wanted state holds.
        if (!(error instanceof LocalNeo4jNotRunningError)) throw error;
        process.stdout.write(`${error.message}\n`);
      }
    });
  return db;
}
