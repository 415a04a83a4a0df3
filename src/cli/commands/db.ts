import { Command } from "commander";

const JSON_OPTION = ["--json", "print the outcome as JSON"] as const;

/** `diplograph db start|stop|status`: the local Neo4j as a background process. */
export function dbCommand(): Command {
  const db = new Command("db")
    .description("run the local Neo4j (no Docker) in the background")
    .addHelpText(
      "after",
      `
Examples:
  diplograph db start
  diplograph db status --json
  diplograph db stop

The local Neo4j is the one every command uses while NEO4J_URI is unset: its data is in
DIPLOGRAPH_LOCAL_NEO4J_HOME (.local/neo4j/data), Bolt on 127.0.0.1 at
DIPLOGRAPH_LOCAL_NEO4J_PORT (7687). Without db start, serve and ingest start one
themselves and stop it when they exit.`,
    );
  db.command("start")
    .description("start the local Neo4j in the background and wait until Bolt answers")
    .option(...JSON_OPTION)
    .addHelpText(
      "after",
      `
Examples:
  diplograph db start
  diplograph db start --json     {"uri": "bolt://127.0.0.1:7687", "pid": 12345}

Exit status: 0 running, 2 it could not start (already running, port taken, no Java).`,
    )
    .action(async (options: { json?: boolean }) => {
      const { startDb } = await import("./db.run.js");
      await startDb(options);
    });
  db.command("stop")
    .description("stop the local Neo4j started by db start")
    .option(...JSON_OPTION)
    .addHelpText(
      "after",
      `
Examples:
  diplograph db stop
  diplograph db stop --json      {"stopped": true, "pid": 12345}

Stopping what is not running is not a failure: exit status 0 either way.`,
    )
    .action(async (options: { json?: boolean }) => {
      const { stopDb } = await import("./db.run.js");
      await stopDb(options);
    });
  db.command("status")
    .description("say whether the local Neo4j is running, and whether db start started it")
    .option(...JSON_OPTION)
    .addHelpText(
      "after",
      `
Examples:
  diplograph db status
  diplograph db status --json    {"uri": ..., "listening": true, "pid": 12345, "homeDir": ...}

"listening": something accepts connections on the Bolt port (a serve's own Neo4j
too); "pid": the instance db start started, while it runs, else null.
Exit status: 0 whatever the state (read it from the output), 2 bad configuration.`,
    )
    .action(async (options: { json?: boolean }) => {
      const { showDbStatus } = await import("./db.run.js");
      await showDbStatus(options);
    });
  return db;
}
