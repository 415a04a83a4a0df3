import { readdir, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { InputFileError } from "../lib/read-text-file.js";

/** One thing to ingest: a record file, an article text, or standard input. */
export interface IngestInput {
  /** The path as named (or "-" for standard input). */
  source: string;
  kind: "record" | "article" | "stdin";
}

const RECORD_SUFFIX = ".record.json";
/** Files that stand beside articles and are read with them, never alone. */
const SIDECAR_SUFFIXES = [".meta.json", ".facts.json"];

/**
 * Expands paths into inputs: directories (recursively, in name order) to their
 * articles (`*.txt`) and records (`*.json`); an article with a reviewed record beside
 * it (`NAME.record.json`) is taken once, from the record, which wins over extraction.
 */
export async function collectInputs(paths: readonly string[]): Promise<IngestInput[]> {
  const inputs: IngestInput[] = [];
  for (const path of paths) {
    if (path === "-") {
      inputs.push({ source: "-", kind: "stdin" });
      continue;
    }
    const info = await stat(path).catch(() => {
      throw new InputFileError(path, "does not exist");
    });
    if (info.isDirectory()) inputs.push(...(await collectDirectory(path)));
    else inputs.push({ source: path, kind: kindOf(path) });
  }
  return inputs;
}

async function collectDirectory(dir: string): Promise<IngestInput[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
    a.name < b.name ? -1 : 1,
  );
  const names = new Set(entries.map((e) => e.name));
  const inputs: IngestInput[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) inputs.push(...(await collectDirectory(path)));
    else if (!entry.isFile() || entry.name.startsWith(".")) continue;
    else if (SIDECAR_SUFFIXES.some((s) => entry.name.endsWith(s))) continue;
    else if (entry.name.endsWith(".txt")) {
      const reviewed = entry.name.replace(/\.txt$/, RECORD_SUFFIX);
      if (!names.has(reviewed)) inputs.push({ source: path, kind: "article" });
    } else if (entry.name.endsWith(".json")) inputs.push({ source: path, kind: "record" });
    else if (!/^(README|LICENSE)/i.test(entry.name))
      inputs.push({ source: path, kind: kindOf(path) });
  }
  return inputs;
}

/** A named file is a record when it is JSON; anything else is taken as article text. */
function kindOf(path: string): "record" | "article" {
  return basename(path).endsWith(".json") ? "record" : "article";
}
