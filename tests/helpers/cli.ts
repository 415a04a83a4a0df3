import { inject } from "vitest";
import { type CliRun, runCli as runAnywhere } from "../../src/cli/test-support.js";

export type { CliRun };

/** The environment that points the CLI at the suite's Neo4j. */
export function neo4jEnv(): Record<string, string> {
  const neo4j = inject("neo4j");
  return {
    NEO4J_URI: neo4j.uri,
    NEO4J_USER: neo4j.user,
    NEO4J_PASSWORD: neo4j.password,
    NEO4J_DATABASE: neo4j.database,
  };
}

/** Runs the installed `diplograph` entry point against the suite's Neo4j, logs silenced. */
export function runCli(args: string[], stdin?: string): Promise<CliRun> {
  return runAnywhere(args, { stdin, env: { ...neo4jEnv(), LOG_LEVEL: "silent" } });
}
