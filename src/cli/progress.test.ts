import { execFile } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { projectPath } from "../lib/paths.js";
import { runCli } from "./test-support.js";

const ESCAPE = "\u001b";
const ARTICLES = projectPath("tests/fixtures/tuning-1");

/** Eight articles with their sidecars, and one empty file that cannot be extracted. */
function articlesDir(): { dir: string; articles: number } {
  const dir = mkdtempSync(join(tmpdir(), "diplograph-progress-"));
  const files = readdirSync(ARTICLES).filter((f) => /\.(txt|meta\.json)$/.test(f));
  for (const file of files) copyFileSync(join(ARTICLES, file), join(dir, file));
  writeFileSync(join(dir, "99-empty.txt"), "");
  return { dir, articles: files.filter((f) => f.endsWith(".txt")).length };
}

/**
 * Runs `shellCommand` with a terminal (a pseudo-terminal from util-linux `script`) as
 * its stdin, stdout and stderr unless the command redirects them; what the terminal
 * showed, and the exit status.
 */
function onTerminal(shellCommand: string): Promise<{ code: number; screen: string }> {
  return new Promise((resolve) => {
    execFile(
      "script",
      ["--quiet", "--return", "--command", shellCommand, "/dev/null"],
      { cwd: projectPath(), maxBuffer: 64 << 20 },
      (error, stdout) => resolve({ code: Number(error?.code ?? 0), screen: stdout }),
    );
  });
}

const cli = `'${process.execPath}' bin/diplograph.js`;

describe("progress of diplograph extract over a directory", { timeout: 60_000 }, () => {
  let dir: string;
  let articles: number;
  beforeAll(() => ({ dir, articles } = articlesDir()));

  it("draws nothing when stderr is a pipe: only the bad file's name goes there", async () => {
    const run = await runCli(["extract", dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`${join(dir, "99-empty.txt")}: is empty\n`);
    expect(run.stdout.trimEnd().split("\n")).toHaveLength(articles);
    expect(run.stdout).not.toContain(ESCAPE);
  });

  // `script` is util-linux's; other systems spell it differently.
  it.runIf(process.platform === "linux")(
    "draws a bar on a terminal's stderr while stdout goes to a file, which stays clean",
    async () => {
      const out = join(dir, "records.jsonl.out");
      const { code, screen } = await onTerminal(`${cli} extract '${dir}' > '${out}'`);
      expect(code).toBe(1);
      expect(screen).toMatch(/extract \[.*\] \d+\/9/);
      expect(screen).toContain(`${join(dir, "99-empty.txt")}: is empty`);
      const lines = readFileSync(out, "utf8").trimEnd().split("\n");
      expect(lines).toHaveLength(articles);
      expect(lines.map((line) => Object.keys(JSON.parse(line) as object))).toContainEqual([
        "source",
        "record",
      ]);
      expect(readFileSync(out, "utf8")).not.toContain(ESCAPE);
    },
  );

  it.runIf(process.platform === "linux")(
    "draws no bar when the records stream to that same terminal",
    async () => {
      const { screen } = await onTerminal(`${cli} extract '${dir}'`);
      expect(screen).toContain('{"source":');
      expect(screen).not.toMatch(/extract \[/);
    },
  );
});
