import { spawn } from "node:child_process";
import { inject } from "vitest";
import { projectPath } from "../../src/lib/paths.js";

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the installed `diplograph` entry point against the suite's Neo4j. */
export function runCli(args: string[], stdin?: string): Promise<CliRun> {
  const neo4j = inject("neo4j");
  const child = spawn(process.execPath, [projectPath("bin/diplograph.js"), ...args], {
    env: {
      ...process.env,
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      NEO4J_DATABASE: neo4j.database,
      LOG_LEVEL: "silent",
    },
  });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on("data", (c: Buffer) => out.push(c));
  child.stderr.on("data", (c: Buffer) => err.push(c));
  child.stdin.end(stdin ?? "");
  return new Promise((resolve) =>
    child.on("close", (code) =>
      resolve({
        code,
        stdout: Buffer.concat(out).toString(),
        stderr: Buffer.concat(err).toString(),
      }),
    ),
  );
}
