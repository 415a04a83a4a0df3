import { Command } from "commander";

/** `diplograph serve` (what `npm start` runs): the API, the dashboard and the IDE. */
export function serveCommand(): Command {
  return new Command("serve")
    .description("start Neo4j if needed, migrate, load seeds/, and serve GraphQL")
    .option("--no-seed", "do not ingest the seeds directory")
    .addHelpText(
      "after",
      `
Examples:
  diplograph serve
  diplograph serve --no-seed
  PORT=8080 LOG_LEVEL=debug diplograph serve
  NEO4J_URI=neo4j+s://xxxx.databases.neo4j.io NEO4J_PASSWORD=... diplograph serve

GraphQL at /graphql (GraphiQL in a browser), the dashboard at /, /health, /ready and
/metrics. Logs are JSON lines on stderr (pino, LOG_LEVEL). Every response carries an
X-Request-Id header (the caller's own when it is a short plain token), and every log
line written while serving that request carries it as "requestId"; a request's errors
of the service's own (INTERNAL_SERVER_ERROR, SERVICE_UNAVAILABLE) quote it too.

Exit status: 0 stopped by SIGINT or SIGTERM, 1 the shutdown failed, 2 could not start
(bad configuration, Neo4j unreachable, the port taken).`,
    )
    .action(async (options: { seed: boolean }) => {
      const { runServe } = await import("./serve.run.js");
      await runServe(options);
    });
}
