import { readFile, stat } from "node:fs/promises";

/** A file that cannot be taken as input; the message starts with the file's path. */
export class InputFileError extends Error {
  override name = "InputFileError";
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`);
  }
}

/**
 * Reads a UTF-8 text file for ingestion, refusing what is not text before anyone
 * parses it: too large, empty, binary (NUL bytes) or not valid UTF-8.
 */
export async function readTextFile(
  file: string,
  { maxBytes }: { maxBytes: number },
): Promise<string> {
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
    throw new InputFileError(file, `cannot be read (${error.code ?? error.message})`);
  });
  if (!info.isFile()) throw new InputFileError(file, "is not a regular file");
  if (info.size > maxBytes) {
    throw new InputFileError(
      file,
      `is ${formatBytes(info.size)}, over the limit of ${formatBytes(maxBytes)}`,
    );
  }
  return decodeText(file, await readFile(file));
}

/** Decodes bytes as UTF-8 text with the same checks as {@link readTextFile}. */
export function decodeText(file: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputFileError(file, "is empty");
  if (bytes.includes(0))
    throw new InputFileError(file, "is binary (it contains NUL bytes), not text");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InputFileError(file, "is not valid UTF-8 text");
  }
  if (text.trim().length === 0) throw new InputFileError(file, "holds only white space");
  return text.replace(/^\uFEFF/, "");
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${bytes} bytes`;
}
