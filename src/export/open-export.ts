import { accessSync, constants, createWriteStream, mkdirSync, statSync } from "node:fs";
import { once } from "node:events";
import { resolve } from "node:path";
import { type Writable } from "node:stream";
import { openCsvWriter } from "./csv-writer.js";
import { type ExportWriter } from "./export-rows.js";
import { openGraphmlWriter } from "./graphml-writer.js";
import { openJsonLdWriter } from "./jsonld-writer.js";
import { textOutput } from "./text-output.js";
import { EXPORT_FORMATS, type ExportFormat } from "./export-formats.js";

export { EXPORT_FORMATS, type ExportFormat };

/** The output cannot be written where the user asked; the message names the path and why. */
export class ExportOutputError extends Error {
  override name = "ExportOutputError";
}

/**
 * A checked destination: `start` creates the writer (and, for CSV, the files) once the
 * graph is open; `abandon` lets go of an opened file when it is not.
 */
export interface ExportDestination {
  /** The directory or file, absolute; null for standard output. */
  out: string | null;
  start(): ExportWriter;
  abandon(): void;
}

/**
 * Checks the destination before anything is read, so that a wrong path fails at once:
 * CSV into a directory (created if missing), GraphML and JSON-LD into a file or, without
 * `out`, to standard output.
 */
export async function openExport(args: {
  format: ExportFormat;
  out?: string;
  stdout: Writable;
}): Promise<ExportDestination> {
  if (args.format === "csv") {
    if (args.out === undefined) {
      throw new ExportOutputError("--format csv writes one file per entity: give --out DIR");
    }
    const dir = resolve(args.out);
    ensureWritableDir(dir);
    return { out: dir, start: () => openCsvWriter(dir), abandon: () => undefined };
  }
  const open = args.format === "graphml" ? openGraphmlWriter : openJsonLdWriter;
  if (args.out === undefined) {
    const stdout = args.stdout;
    return {
      out: null,
      start: () => open(textOutput(stdout, { end: false })),
      abandon: () => undefined,
    };
  }
  const file = resolve(args.out);
  const stream = createWriteStream(file);
  try {
    await once(stream, "open");
  } catch (error) {
    throw new ExportOutputError(`cannot write ${file}: ${reason(error)}`);
  }
  return {
    out: file,
    start: () => open(textOutput(stream, { end: true })),
    abandon: () => stream.destroy(),
  };
}

function ensureWritableDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    if (!statSync(dir).isDirectory()) throw new Error("it is not a directory");
    accessSync(dir, constants.W_OK);
  } catch (error) {
    throw new ExportOutputError(`cannot write into ${dir}: ${reason(error)}`);
  }
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
