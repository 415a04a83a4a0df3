import { resolve } from "node:path";
import { LAUNCHER_MAIN_CLASS, homeFiles } from "./paths.js";
import { readPidFile } from "./pid-file.js";
import { isProcessRunning } from "./process-control.js";
import { probeTcpPort } from "./tcp-port.js";

/** What runs of the local Neo4j of one home and port. */
export interface LocalNeo4jStatus {
  uri: string;
  /** Something accepts connections on the Bolt port. */
  listening: boolean;
  /** The pid of the detached instance of this home (`db start`) while it runs, else null. */
  pid: number | null;
  homeDir: string;
}

/**
 * Looks without touching anything: the home's pid file (a detached instance, checked
 * to still be the launcher, since a pid may be reused) and a TCP connect to the port
 * (which also finds the attached Neo4j of a running `serve`, or another server).
 */
export async function localNeo4jStatus({
  homeDir,
  port,
}: {
  homeDir: string;
  port: number;
}): Promise<LocalNeo4jStatus> {
  const pid = readPidFile(homeFiles(resolve(homeDir)).pid);
  const running = pid !== undefined && isProcessRunning({ pid, mainClass: LAUNCHER_MAIN_CLASS });
  return {
    uri: `bolt://127.0.0.1:${port}`,
    listening: await probeTcpPort({ port }),
    pid: running ? pid : null,
    homeDir: resolve(homeDir),
  };
}
