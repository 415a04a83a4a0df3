import { extractRecord, readArticle } from "../extract/index.js";
import { type ArticleRecord } from "../domain/record.js";
import { parseRecord, RecordValidationError } from "../domain/validate-record.js";
import { decodeText, InputFileError, readTextFile } from "../lib/read-text-file.js";
import { type IngestInput } from "./collect-inputs.js";

/** Records and articles larger than this are refused before parsing. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

/**
 * Turns one input into a validated record: a record file is parsed and validated;
 * an article is read with its sidecar and run through the extractor; standard input
 * is a record when it starts with "{", otherwise article text.
 * Every rejection is an {@link InputFileError} naming the file and the problem.
 */
export async function readInput(
  input: IngestInput,
  stdin?: () => Promise<Uint8Array>,
): Promise<ArticleRecord> {
  if (input.kind === "article") {
    const article = await readArticle(input.source);
    return extractRecord(article);
  }
  const text =
    input.kind === "stdin"
      ? decodeText("-", await readStdin(stdin))
      : await readTextFile(input.source, { maxBytes: MAX_INPUT_BYTES });
  if (input.kind === "stdin" && !text.trimStart().startsWith("{")) {
    return extractRecord({ text, meta: {}, source: "-" });
  }
  return parseRecordText(input.source, text);
}

/** Parses a record from JSON text; the error names the file and every problem found. */
export function parseRecordText(source: string, text: string): ArticleRecord {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof RangeError ? "is nested too deeply" : "is not valid JSON";
    throw new InputFileError(source, `${reason} (${(error as Error).message})`);
  }
  try {
    return parseRecord(json);
  } catch (error) {
    if (error instanceof RecordValidationError) {
      throw new InputFileError(source, `is not a valid record: ${error.message}`);
    }
    throw error;
  }
}

async function readStdin(stdin?: () => Promise<Uint8Array>): Promise<Uint8Array> {
  if (stdin) return stdin();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > MAX_INPUT_BYTES)
      throw new InputFileError("-", "standard input is over the 5 MB limit");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
