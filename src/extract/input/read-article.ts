import { readFile, stat } from "node:fs/promises";
import { ArticleInputError } from "./article-input-error.js";
import { type ArticleMeta, articleMetaSchema } from "./article-meta.js";
import { parseLayout } from "../layout/parse-layout.js";

/** Articles larger than this are refused: no news article is, and the extractor is in memory. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** An article as read from disk: the raw text, the sidecar's metadata and the file name. */
export interface ArticleInput {
  text: string;
  meta: ArticleMeta;
  source: string;
}

/**
 * Reads `NAME.txt` and, when present, the sidecar `NAME.meta.json` beside it.
 * Rejects unusable input with an {@link ArticleInputError} whose message starts with
 * the path: empty or blank, binary, not UTF-8, an HTML page, over 5 MB, a malformed
 * sidecar, or no date anywhere (neither the sidecar nor the text has one).
 */
export async function readArticle(path: string): Promise<ArticleInput> {
  const size = await stat(path).then(
    (s) => s.size,
    (error: unknown) => {
      throw new ArticleInputError(path, `cannot be read (${describe(error)})`);
    },
  );
  if (size > MAX_ARTICLE_BYTES)
    throw new ArticleInputError(path, `is ${size} bytes, more than the 5 MB limit`);
  const text = decodeText(path, await readFile(path));
  const meta = await readSidecar(path);
  if (meta.publishedAt === undefined && parseLayout(text).publishedAt === undefined)
    throw new ArticleInputError(
      path,
      "has no publication date: add publishedAt to the sidecar or a dated line to the text",
    );
  return { text, meta, source: path };
}

function decodeText(path: string, bytes: Buffer): string {
  if (bytes.length === 0) throw new ArticleInputError(path, "is empty");
  if (bytes.includes(0)) throw new ArticleInputError(path, "is binary (it contains NUL bytes)");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleInputError(path, "is not valid UTF-8 text");
  }
  if (text.trim() === "") throw new ArticleInputError(path, "contains only white space");
  if (looksLikeHtml(text))
    throw new ArticleInputError(path, "is an HTML page, not article text: extract the text first");
  return text.replace(/^\uFEFF/, "");
}

function looksLikeHtml(text: string): boolean {
  const head = text.trimStart().slice(0, 512).toLowerCase();
  if (/^<(?:!doctype html|html|head|body|\?xml)\b/.test(head)) return true;
  const tags = text.match(/<\/?(?:p|div|span|a|script|style|meta|br|li|ul|table)\b[^>]*>/gi);
  return (tags?.length ?? 0) >= 5;
}

async function readSidecar(path: string): Promise<ArticleMeta> {
  const sidecar = path.replace(/\.txt$/i, "") + ".meta.json";
  let raw: string;
  try {
    raw = await readFile(sidecar, "utf8");
  } catch {
    return {};
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new ArticleInputError(path, `sidecar ${sidecar} is not valid JSON (${describe(error)})`);
  }
  const parsed = articleMetaSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (i) => `${i.path.join(".") || "(root)"}: ${i.message}`,
    );
    throw new ArticleInputError(path, `sidecar ${sidecar} is malformed: ${problems.join("; ")}`);
  }
  return parsed.data;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
