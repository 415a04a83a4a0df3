import { readFileSync, rmSync, writeFileSync } from "node:fs";

/** Records the pid of a detached instance, so that another process can stop it. */
export function writePidFile(file: string, pid: number): void {
  writeFileSync(file, `${pid}\n`);
}

/** The recorded pid, or undefined when there is no (valid) pid file. */
export function readPidFile(file: string): number | undefined {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
  const pid = Number.parseInt(text.trim(), 10);
  return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
}

/** Removes the pid file if it still names this pid (a newer instance may have replaced it). */
export function removePidFile(file: string, pid: number): void {
  if (readPidFile(file) === pid) rmSync(file, { force: true });
}
