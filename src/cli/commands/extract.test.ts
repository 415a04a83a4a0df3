import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, it, expect, vi } from "vitest";
import { extractCommand } from "./extract.js";

const dir = mkdtempSync(join(tmpdir(), "diplograph-cli-"));
const NAIROBI =
  "Posted May 2, 2024\n\nKenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed met in Nairobi on Tuesday.\n";

function captured(): { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => (out.push(String(chunk)), true));
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => (err.push(String(chunk)), true));
  return { out, err };
}

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

// The command loads the extractor when it first runs, inside the first test: seconds on
// a busy machine, over the unit tier's default 5.
describe("diplograph extract", { timeout: 30_000 }, () => {
  it("prints the facts view as JSON", async () => {
    const path = join(dir, "a.txt");
    writeFileSync(path, NAIROBI);
    const { out } = captured();
    await extractCommand().parseAsync(["node", "extract", "--format", "facts", path]);
    const facts = JSON.parse(out.join("")) as { countries: string[] };
    expect(facts.countries).toEqual(["KEN", "ETH"]);
  });

  it("reports unusable input on stderr with status 1", async () => {
    const path = join(dir, "empty.txt");
    writeFileSync(path, "");
    const { out, err } = captured();
    await extractCommand().parseAsync(["node", "extract", path]);
    expect(out).toEqual([]);
    expect(err.join("")).toMatch(new RegExp(`^${path}: is empty`));
    expect(process.exitCode).toBe(1);
  });

  it("prints a directory's articles as JSON lines in name order, naming each bad one and going on", async () => {
    const articles = join(dir, "batch");
    mkdirSync(join(articles, "nested"), { recursive: true });
    writeFileSync(join(articles, "b.txt"), NAIROBI);
    writeFileSync(join(articles, "a.txt"), NAIROBI.replace("Nairobi", "Addis Ababa"));
    writeFileSync(join(articles, "nested", "c.txt"), "");
    writeFileSync(join(articles, "notes.md"), "not an article");
    const { out, err } = captured();
    await extractCommand().parseAsync(["node", "extract", "--format", "facts", articles]);
    const lines = out.join("").trimEnd().split("\n");
    const parsed = lines.map((line) => JSON.parse(line) as { source: string; facts: object });
    expect(parsed.map((p) => p.source)).toEqual([join(articles, "a.txt"), join(articles, "b.txt")]);
    expect(parsed[1]?.facts).toMatchObject({ countries: ["KEN", "ETH"] });
    expect(err.join("")).toBe(`${join(articles, "nested", "c.txt")}: is empty\n`);
    expect(process.exitCode).toBe(1);
  });

  it("refuses a path that does not exist before extracting anything", async () => {
    const path = join(dir, "a.txt");
    const { out } = captured();
    await expect(
      extractCommand().parseAsync(["node", "extract", path, join(dir, "missing.txt")]),
    ).rejects.toThrow(`${join(dir, "missing.txt")}: does not exist`);
    expect(out).toEqual([]);
  });
});
