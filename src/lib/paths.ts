import { fileURLToPath } from "node:url";
import { resolve } from "node:path";

/** The repository root, found from this file's place in `src/lib/`. */
export const PROJECT_ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));

/** Resolves a path relative to the repository root (absolute paths pass through). */
export function projectPath(...segments: string[]): string {
  return resolve(PROJECT_ROOT, ...segments);
}
