import { readFileSync } from "node:fs";
import { type Command } from "commander";
import { describe, expect, it } from "vitest";
import { projectPath } from "../lib/paths.js";
import { buildProgram, forEachCommand } from "./program.js";
import { runCli } from "./test-support.js";

/** Every command of the program as the words that name it: [], ["serve"], ["db", "start"], ... */
function commandPaths(): string[][] {
  const paths: string[][] = [];
  const pathOf = (command: Command): string[] =>
    command.parent ? [...pathOf(command.parent), command.name()] : [];
  forEachCommand(buildProgram(), (command) => paths.push(pathOf(command)));
  return paths;
}

// Real processes on a shared machine: seconds each, not the unit tier's default 5.
describe("diplograph --help", { timeout: 60_000 }, () => {
  const paths = commandPaths();

  it("knows the commands it documents", () => {
    const names = paths.map((p) => p.join(" "));
    expect(names).toEqual(
      expect.arrayContaining(["", "serve", "ingest", "extract", "migrate", "db", "db status"]),
    );
  });

  // One process per command, all at once: each is the real entry point (tsx), and a
  // command registered without examples fails here by its name.
  it("gives every command a description and examples that start with its own name", async () => {
    const runs = await Promise.all(paths.map((path) => runCli([...path, "--help"])));
    for (const [index, run] of runs.entries()) {
      const name = ["diplograph", ...(paths[index] ?? [])].join(" ");
      expect(run.code, name).toBe(0);
      const [, examples] = run.stdout.split("\nExamples:\n");
      expect(examples, `${name} --help has no "Examples:" section`).toBeDefined();
      const lines = (examples ?? "").split("\n").map((line) => line.trim());
      const own = lines.filter((line) => line === name || line.startsWith(`${name} `));
      expect(own.length, `${name} --help has no example line starting "${name}"`).toBeGreaterThan(
        0,
      );
      const description = run.stdout.split("\n\n")[1] ?? "";
      expect(description.trim().length, `${name} has no description`).toBeGreaterThan(10);
    }
  });

  it("lists the exit statuses at the top level", async () => {
    const { stdout } = await runCli(["--help"]);
    const [, section] = stdout.split("\nExit status:\n");
    expect(section).toMatch(/^\s+0\s+done/m);
    expect(section).toMatch(/^\s+1\s+some inputs failed/m);
    expect(section).toMatch(/^\s+2\s+the command could not run: bad usage/m);
  });

  it("exits 2, as documented, on a usage mistake", async () => {
    const missing = await runCli(["ingest"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("missing required argument");
    expect(missing.stdout).toBe("");
    const unknown = await runCli(["nosuch"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'nosuch'");
    const bare = await runCli(["db"]);
    expect(bare.code).toBe(2);
  });

  it("are all in the README's command table", () => {
    const readme = readFileSync(projectPath("README.md"), "utf8");
    const section = readme.split("## The command line")[1]?.split("\n## ")[0] ?? "";
    const leaves = paths.filter(
      (p) => p.length > 0 && !paths.some((q) => q.length > p.length && q[0] === p[0]),
    );
    for (const path of leaves) {
      expect(section, `README does not list ${path.join(" ")}`).toMatch(
        new RegExp(`\`${path.join(" ")}[ \`]`),
      );
    }
  });
});
