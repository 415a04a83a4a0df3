import { readFileSync } from "node:fs";

/** The last lines of a log file, for error messages; a note instead when it cannot be read. */
export function readLogTail(file: string, maxLines = 40): string {
  try {
    const lines = readFileSync(file, "utf8").trimEnd().split("\n");
    return lines.slice(-maxLines).join("\n");
  } catch (error) {
    return `(cannot read ${file}: ${(error as Error).message})`;
  }
}
