import { type ChildProcess, spawn } from "node:child_process";
import { closeSync, openSync } from "node:fs";
import { type Socket } from "node:net";

/** How to run the launcher JVM, as {@link spawnLauncher} takes it. */
export interface SpawnLauncherOptions {
  javaCommand: string;
  args: readonly string[];
  logFile: string;
  password: string;
  /** Attached: dies with this process. Detached: its own session, outlives this process. */
  attached: boolean;
}

/**
 * Starts the launcher with stdout and stderr going straight to `logFile` (truncated), so
 * the log survives this process and needs no pipe to drain. An attached launcher gets a
 * stdin pipe that nothing writes to: when this process dies, however it dies, the pipe
 * closes and the launcher (with --watch-parent) shuts down. Either way the child is
 * unref'd: waiting for it is what stop() is for.
 */
export function spawnLauncher(options: SpawnLauncherOptions): ChildProcess {
  const { javaCommand, args, logFile, password, attached } = options;
  const log = openSync(logFile, "w");
  try {
    const child = spawn(javaCommand, args, {
      detached: !attached,
      stdio: [attached ? "pipe" : "ignore", log, log],
      // Passed through the environment rather than argv, where `ps` would show it.
      env: { ...process.env, DIPLOGRAPH_NEO4J_PASSWORD: password },
    });
    child.unref();
    (child.stdin as Socket | null)?.unref();
    // Nothing is ever written, but an unhandled pipe error would crash this process.
    child.stdin?.on("error", () => undefined);
    return child;
  } finally {
    closeSync(log);
  }
}
