import { type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { readLogTail } from "./log-tail.js";
import { READY_MARKER } from "./paths.js";
import { probeTcpPort } from "./tcp-port.js";

const POLL_MS = 100;

/** What {@link awaitLauncherReady} watches. */
export interface AwaitReadyOptions {
  child: ChildProcess;
  logFile: string;
  port: number;
  timeoutMs: number;
}

/**
 * Resolves once the launcher has printed its ready line to `logFile` and 127.0.0.1:port
 * accepts a TCP connection. Rejects, with the tail of the log, when the process fails to
 * spawn or exits first, or when `timeoutMs` passes. Call it right after spawning, so that
 * no exit goes unseen.
 */
export async function awaitLauncherReady(options: AwaitReadyOptions): Promise<void> {
  const { child, logFile, port, timeoutMs } = options;
  let failure: Error | undefined;
  child.once("error", (error: NodeJS.ErrnoException) => {
    failure = error.code === "ENOENT" ? javaMissingError(child.spawnfile) : error;
  });
  child.once("exit", (code, signal) => {
    const how = signal === null ? `exit code ${code}` : `signal ${signal}`;
    failure ??= withLogTail(`local Neo4j exited during start-up (${how})`, logFile);
  });
  const readyLine = `${READY_MARKER} bolt://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (failure !== undefined) throw failure;
    if (logContains(logFile, readyLine) && (await probeTcpPort({ port }))) return;
    if (Date.now() >= deadline) {
      throw withLogTail(
        `local Neo4j was not ready on port ${port} within ${timeoutMs / 1000} s`,
        logFile,
      );
    }
    await sleep(POLL_MS);
  }
}

function logContains(logFile: string, line: string): boolean {
  try {
    return readFileSync(logFile, "utf8")
      .split("\n")
      .some((logged) => logged.trim() === line);
  } catch {
    return false;
  }
}

function withLogTail(message: string, logFile: string): Error {
  return new Error(`${message}. Last lines of ${logFile}:\n${readLogTail(logFile)}`);
}

function javaMissingError(command: string): Error {
  return new Error(
    `cannot run ${command} (not found): the local Neo4j needs a Java 17 or 21 runtime ` +
      "(Debian: apt-get install openjdk-17-jre-headless), or set NEO4J_URI to use a running Neo4j.",
  );
}
