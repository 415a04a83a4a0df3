import { readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";

const POLL_MS = 100;

/**
 * True while the process exists and is not a zombie. A child that has exited but not
 * yet been reaped still answers signal 0, so /proc is asked too where there is one.
 */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The state follows the parenthesised command name, which may itself contain spaces.
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return true;
  }
}

/** Polls until the process is gone; resolves false if it is still alive after the timeout. */
export async function waitForExit({
  pid,
  timeoutMs,
}: {
  pid: number;
  timeoutMs: number;
}): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isProcessAlive(pid)) {
    if (Date.now() >= deadline) return false;
    await sleep(POLL_MS);
  }
  return true;
}

/**
 * Sends SIGTERM (the launcher shuts Neo4j down cleanly on it), waits up to `timeoutMs`,
 * then SIGKILLs. Resolves once the process is gone; an already gone process is fine.
 */
export async function terminateProcess({
  pid,
  timeoutMs,
}: {
  pid: number;
  timeoutMs: number;
}): Promise<void> {
  if (!signal(pid, "SIGTERM")) return;
  if (await waitForExit({ pid, timeoutMs })) return;
  signal(pid, "SIGKILL");
  if (!(await waitForExit({ pid, timeoutMs: 10_000 }))) {
    throw new Error(`process ${pid} did not exit after SIGTERM and SIGKILL`);
  }
}

/** True when the pid runs the given main class; true where /proc cannot tell. */
export function isProcessRunning({ pid, mainClass }: { pid: number; mainClass: string }): boolean {
  if (!isProcessAlive(pid)) return false;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").includes(mainClass);
  } catch {
    return true;
  }
}

function signal(pid: number, name: NodeJS.Signals): boolean {
  try {
    process.kill(pid, name);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ESRCH") return false;
    throw error;
  }
}
