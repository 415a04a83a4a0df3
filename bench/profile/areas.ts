import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { type CallFrame } from "./cpu-profile.js";

/** V8's pseudo-frames: time that no JavaScript function owns. */
const PSEUDO_AREAS: Record<string, string> = {
  "(garbage collector)": "GC",
  "(program)": "(program): V8 and native, no JS frame",
  "(idle)": "idle",
  "(root)": "(root)",
};

export const IDLE_AREA = "idle";

/**
 * Where a frame's code lives: the npm package of a `node_modules/` path (scoped ones as
 * `@scope/name`), `diplograph src/` or `bench/` for this repository's code, `node
 * internals` for `node:` modules, GC / (program) / idle for V8's pseudo-frames. `null` for
 * a V8 builtin (no url: JSON.stringify, Array.prototype.map, RegExp exec, ...), whose time
 * the caller charges to the area of the code that called it.
 */
export function areaOf(frame: CallFrame, projectRoot: string): string | null {
  const pseudo = PSEUDO_AREAS[frame.functionName];
  if (pseudo && frame.url === "") return pseudo;
  const { url } = frame;
  if (url === "") return null;
  if (url.startsWith("node:")) return "node internals";
  const inModules = /.*\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (inModules?.[1]) return inModules[1];
  if (!url.startsWith("file:")) return "other";
  const path = relative(projectRoot, fileURLToPath(url));
  if (path.startsWith("src/")) return "diplograph src/";
  if (path.startsWith("bench/")) return "bench/";
  return path.startsWith("..") ? "other" : "project (other)";
}

/** A frame's place for a reader: path inside its package or the project, and line (1-based). */
export function locationOf(frame: CallFrame, projectRoot: string): string {
  const { url } = frame;
  if (url === "") return frame.functionName.startsWith("(") ? "(V8)" : "(builtin)";
  // tsx compiles TypeScript on load: a .ts file's line numbers are the compiled code's.
  const line = frame.lineNumber >= 0 && !/\.ts$/.test(url) ? `:${frame.lineNumber + 1}` : "";
  const inModules = /.*\/node_modules\/(.*)$/.exec(url);
  if (inModules?.[1]) return `${inModules[1]}${line}`;
  if (url.startsWith("file:")) {
    const path = relative(projectRoot, fileURLToPath(url));
    return `${path.startsWith("..") ? fileURLToPath(url) : path}${line}`;
  }
  return `${url}${line}`;
}
