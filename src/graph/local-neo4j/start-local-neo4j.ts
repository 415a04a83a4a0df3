import { type ChildProcess } from "node:child_process";
import { mkdir } from "node:fs/promises";
import { resolve } from "node:path";
import { awaitLauncherReady } from "./await-ready.js";
import { buildLauncherArgs } from "./java-command.js";
import { LAUNCHER_MAIN_CLASS, homeFiles } from "./paths.js";
import { readPidFile, removePidFile, writePidFile } from "./pid-file.js";
import { isProcessRunning, terminateProcess } from "./process-control.js";
import { resolveNeo4jClasspath } from "./resolve-classpath.js";
import { spawnLauncher } from "./spawn-launcher.js";
import { assertPortFree } from "./tcp-port.js";

/** Dev and test defaults: about 0.6 GB resident in all (see README.md). */
export const DEFAULT_PAGE_CACHE_SIZE = "64m";
export const DEFAULT_HEAP_SIZE = "512m";
const DEFAULT_START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;

/** Where and how to run a local Neo4j. */
export interface StartLocalNeo4jOptions {
  /** The repository root, holding neo4j-local/. */
  projectRoot: string;
  /** Neo4j home: data/, logs/, launcher.log and (detached) neo4j.pid. Created if missing. */
  homeDir: string;
  /** Bolt port on 127.0.0.1. */
  port: number;
  /** Password of the `neo4j` user, set on every start; empty disables authentication. */
  password: string;
  /** Neo4j page cache, e.g. "64m" (default). */
  pageCacheSize?: string;
  /** JVM heap (-Xms and -Xmx), e.g. "512m" (default). */
  heapSize?: string;
  /** True: dies with this process (tests, `npm start`). False: detached, with a pid file. */
  attached: boolean;
  /** How long to wait for Bolt (default 120 s). */
  startTimeoutMs?: number;
  /** The Java executable (default "java" from PATH). */
  javaCommand?: string;
}

/** A running local Neo4j. */
export interface LocalNeo4j {
  uri: string;
  user: "neo4j";
  password: string;
  pid: number;
  /** SIGTERM, wait for a clean shutdown (SIGKILL after 30 s); safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Starts Neo4j Community on 127.0.0.1:port through the Java launcher in neo4j-local/
 * (resolving it with Maven on first use) and resolves once Bolt accepts connections.
 * Rejects, with the tail of `<homeDir>/launcher.log`, if it exits or is not ready in
 * time, and at once, naming the port, if the port is taken.
 */
export async function startLocalNeo4j(options: StartLocalNeo4jOptions): Promise<LocalNeo4j> {
  const homeDir = resolve(options.homeDir);
  const files = homeFiles(homeDir);
  refuseSecondInstance(files.pid, options.port);
  await assertPortFree(options.port);
  const args = buildLauncherArgs({
    classpath: await resolveNeo4jClasspath({ projectRoot: options.projectRoot }),
    homeDir,
    port: options.port,
    pageCacheSize: options.pageCacheSize ?? DEFAULT_PAGE_CACHE_SIZE,
    heapSize: options.heapSize ?? DEFAULT_HEAP_SIZE,
    watchParent: options.attached,
  });
  await mkdir(homeDir, { recursive: true });
  const pidFile = options.attached ? undefined : files.pid;
  const child = await launch({ options, args, logFile: files.log, pidFile });
  return handle({ child, port: options.port, password: options.password, pidFile });
}

/** Spawns the launcher and waits for it; on failure leaves no process and no pid file. */
async function launch(launching: {
  options: StartLocalNeo4jOptions;
  args: string[];
  logFile: string;
  pidFile: string | undefined;
}): Promise<ChildProcess & { pid: number }> {
  const { options, args, logFile, pidFile } = launching;
  const javaCommand = options.javaCommand ?? "java";
  const child = spawnLauncher({ ...options, javaCommand, args, logFile });
  const ready = awaitLauncherReady({
    child,
    logFile,
    port: options.port,
    timeoutMs: options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS,
  });
  const pid = child.pid;
  // Written before the wait, so that `db:stop` can stop an instance that is still starting.
  if (pid !== undefined && pidFile !== undefined) writePidFile(pidFile, pid);
  try {
    await ready;
  } catch (failure) {
    if (pid !== undefined) await terminateProcess({ pid, timeoutMs: 10_000 });
    if (pid !== undefined && pidFile !== undefined) removePidFile(pidFile, pid);
    throw failure;
  }
  // Unreachable in practice: a spawn without a pid emits "error", which rejects `ready`.
  if (pid === undefined) throw new Error(`${javaCommand} started without a pid`);
  return child as ChildProcess & { pid: number };
}

function handle(running: {
  child: ChildProcess & { pid: number };
  port: number;
  password: string;
  pidFile: string | undefined;
}): LocalNeo4j {
  const { child, pidFile } = running;
  const pid = child.pid;
  let stopping: Promise<void> | undefined;
  const stop = async (): Promise<void> => {
    // Once it has exited its pid may be reused: never signal a stranger.
    const exited = child.exitCode !== null || child.signalCode !== null;
    if (!exited) await terminateProcess({ pid, timeoutMs: STOP_TIMEOUT_MS });
    if (pidFile !== undefined) removePidFile(pidFile, pid);
  };
  return {
    uri: `bolt://127.0.0.1:${running.port}`,
    user: "neo4j",
    password: running.password,
    pid,
    stop: () => (stopping ??= stop()),
  };
}

/** A detached instance of this home would hold its store lock: say so plainly. */
function refuseSecondInstance(pidFile: string, port: number): void {
  const pid = readPidFile(pidFile);
  if (pid !== undefined && isProcessRunning({ pid, mainClass: LAUNCHER_MAIN_CLASS })) {
    throw new Error(
      `a local Neo4j is already running for this home (pid ${pid}, see ${pidFile}): ` +
        `stop it with "npm run db:stop", or set NEO4J_URI=bolt://127.0.0.1:${port} to use it`,
    );
  }
}
