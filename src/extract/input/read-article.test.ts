import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it, expect } from "vitest";
import { ArticleInputError } from "./article-input-error.js";
import { readArticle } from "./read-article.js";

const dir = mkdtempSync(join(tmpdir(), "diplograph-read-"));
const DATED =
  "Posted May 2, 2024 09:00\n\nThe two presidents met in Nairobi on Tuesday and agreed to expand trade.\n";

function write(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function rejection(path: string): Promise<ArticleInputError> {
  const error: unknown = await readArticle(path).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ArticleInputError);
  const inputError = error as ArticleInputError;
  expect(inputError.name).toBe("ArticleInputError");
  expect(inputError.message.startsWith(path)).toBe(true);
  return inputError;
}

describe("readArticle", () => {
  it("reads the text and a sidecar, normalising a date-time to a day", async () => {
    const path = write("ok.txt", DATED);
    write(
      "ok.meta.json",
      JSON.stringify({ url: "https://news.test/a", publishedAt: "2024-05-02T09:00:00Z" }),
    );
    const article = await readArticle(path);
    expect(article.text).toBe(DATED);
    expect(article.meta).toEqual({ url: "https://news.test/a", publishedAt: "2024-05-02" });
    expect(article.source).toBe(path);
  });
  it("reads an article without a sidecar when the text has a date", async () => {
    const article = await readArticle(write("nometa.txt", DATED));
    expect(article.meta).toEqual({});
  });
  it("rejects an empty file", async () => {
    expect((await rejection(write("empty.txt", ""))).message).toMatch(/empty/);
  });
  it("rejects a file of white space", async () => {
    expect((await rejection(write("blank.txt", " \n\t\n"))).message).toMatch(/white space/);
  });
  it("rejects a binary file", async () => {
    expect((await rejection(write("bin.txt", Buffer.from([80, 0, 1, 2])))).message).toMatch(
      /binary/,
    );
  });
  it("rejects invalid UTF-8", async () => {
    const path = write("latin1.txt", Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x41]));
    expect((await rejection(path)).message).toMatch(/UTF-8/);
  });
  it("rejects an HTML page", async () => {
    const path = write("page.txt", "<!DOCTYPE html><html><body><p>Hi</p></body></html>");
    expect((await rejection(path)).message).toMatch(/HTML/);
  });
  it("rejects a file over 5 MB", async () => {
    const path = write("huge.txt", "a".repeat(5 * 1024 * 1024 + 1));
    expect((await rejection(path)).message).toMatch(/5 MB/);
  });
  it("rejects a sidecar that is not JSON", async () => {
    const path = write("badjson.txt", DATED);
    write("badjson.meta.json", "{ url: ");
    expect((await rejection(path)).message).toMatch(/not valid JSON/);
  });
  it("rejects a sidecar with a malformed date", async () => {
    const path = write("baddate.txt", DATED);
    write("baddate.meta.json", JSON.stringify({ publishedAt: "May 2nd" }));
    expect((await rejection(path)).message).toMatch(/publishedAt/);
  });
  it("rejects a sidecar with an impossible calendar date", async () => {
    const path = write("feb30.txt", DATED);
    write("feb30.meta.json", JSON.stringify({ publishedAt: "2024-02-30" }));
    expect((await rejection(path)).message).toMatch(/publishedAt/);
  });
  it("rejects an article with no date anywhere", async () => {
    const path = write(
      "undated.txt",
      "The two presidents met and agreed to expand trade between them.\n",
    );
    expect((await rejection(path)).message).toMatch(/no publication date/);
  });
  it("rejects a missing file", async () => {
    await rejection(join(dir, "missing.txt"));
  });
});
