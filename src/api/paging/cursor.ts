import { BadUserInputError } from "../errors/api-error.js";

/** The position of a row in an ordered list: its sort key (null: undated) and its id. */
export interface CursorPosition {
  /** Which list the cursor belongs to, so that a meeting cursor is not used on quotes. */
  list: string;
  key: string | null;
  id: string;
}

/** The largest page a client may ask for. */
export const MAX_PAGE_SIZE = 100;

/** Encodes an opaque cursor: base64url of JSON. */
export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.list, position.key, position.id]), "utf8").toString(
    "base64url",
  );
}

/**
 * Decodes and validates a cursor of `list`; a malformed cursor, or one of another
 * list, is a BAD_USER_INPUT error rather than a silent first page.
 */
export function decodeCursor(cursor: string, list: string): CursorPosition {
  const invalid = (): BadUserInputError =>
    new BadUserInputError(
      `"after" is not a cursor of this list: ${JSON.stringify(cursor)}`,
      "after",
    );
  if (!/^[A-Za-z0-9_-]{1,1000}={0,2}$/.test(cursor)) throw invalid();
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(value) || value.length !== 3) throw invalid();
  const [kind, key, id] = value as unknown[];
  if (kind !== list || typeof id !== "string" || id.length === 0) throw invalid();
  if (key !== null && typeof key !== "string") throw invalid();
  return { list, key, id };
}

/** Validates `first`: 0..MAX_PAGE_SIZE. */
export function checkPageSize(first: number | null | undefined, fallback = 20): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw new BadUserInputError(
      `"first" must be between 0 and ${MAX_PAGE_SIZE} (got ${size})`,
      "first",
    );
  }
  return size;
}
