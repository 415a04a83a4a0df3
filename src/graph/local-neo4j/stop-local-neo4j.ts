import { rmSync } from "node:fs";
import { resolve } from "node:path";
import { LAUNCHER_MAIN_CLASS, homeFiles } from "./paths.js";
import { readPidFile, removePidFile } from "./pid-file.js";
import { isProcessRunning, terminateProcess } from "./process-control.js";

/** There is no detached local Neo4j to stop for that home. */
export class LocalNeo4jNotRunningError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LocalNeo4jNotRunningError";
  }
}

/**
 * Stops the detached local Neo4j of `homeDir` (started with `attached: false`): reads
 * `<homeDir>/neo4j.pid`, sends SIGTERM, waits for a clean shutdown (SIGKILL after
 * `timeoutMs`, default 60 s) and removes the pid file. Throws LocalNeo4jNotRunningError
 * when there is no pid file, or when its pid is no longer a local Neo4j (a stale file,
 * which it removes).
 */
export async function stopLocalNeo4j({
  homeDir,
  timeoutMs = 60_000,
}: {
  homeDir: string;
  timeoutMs?: number;
}): Promise<{ pid: number }> {
  const pidFile = homeFiles(resolve(homeDir)).pid;
  const pid = readPidFile(pidFile);
  if (pid === undefined) {
    throw new LocalNeo4jNotRunningError(
      `no local Neo4j is running for ${homeDir}: there is no pid file ${pidFile} (start one with "npm run db:start")`,
    );
  }
  // The pid may have been reused since a crash or reboot: never signal someone else's process.
  if (!isProcessRunning({ pid, mainClass: LAUNCHER_MAIN_CLASS })) {
    rmSync(pidFile, { force: true });
    throw new LocalNeo4jNotRunningError(
      `no local Neo4j is running for ${homeDir}: pid ${pid} in ${pidFile} is gone (removed the stale pid file)`,
    );
  }
  await terminateProcess({ pid, timeoutMs });
  removePidFile(pidFile, pid);
  return { pid };
}
