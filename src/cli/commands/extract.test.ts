import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, it, expect, vi } from "vitest";
import { extractCommand } from "./extract.js";

const dir = mkdtempSync(join(tmpdir(), "diplograph-cli-"));

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

describe("diplograph extract", () => {
  it("prints the facts view as JSON", async () => {
    const path = join(dir, "a.txt");
    writeFileSync(
      path,
      "Posted May 2, 2024\n\nKenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed met in Nairobi on Tuesday.\n",
    );
    const { out } = captured();
    await extractCommand().parseAsync(["node", "extract", "--format", "facts", path]);
    const facts = JSON.parse(out.join("")) as { countries: string[] };
    expect(facts.countries).toEqual(["KEN", "ETH"]);
  });
  it("reports unusable input on stderr with status 2", async () => {
    const path = join(dir, "empty.txt");
    writeFileSync(path, "");
    const { out, err } = captured();
    await extractCommand().parseAsync(["node", "extract", path]);
    expect(out).toEqual([]);
    expect(err.join("")).toMatch(new RegExp(`^${path}: is empty`));
    expect(process.exitCode).toBe(2);
  });
});
