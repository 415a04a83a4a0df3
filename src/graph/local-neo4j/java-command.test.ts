import { describe, expect, it } from "vitest";
import { buildLauncherArgs, type LauncherArgsOptions } from "./java-command.js";

const base: LauncherArgsOptions = {
  classpath: "/cp/classes:/cp/neo4j.jar",
  homeDir: "/data/neo4j",
  port: 7687,
  pageCacheSize: "64m",
  heapSize: "512m",
  watchParent: false,
};

describe("buildLauncherArgs", () => {
  it("fixes the heap, opens java.nio and runs the launcher with home, port and page cache", () => {
    const args = buildLauncherArgs(base);
    expect(args.slice(0, 2)).toEqual(["-Xms512m", "-Xmx512m"]);
    expect(args).toContain("--add-opens=java.base/java.nio=ALL-UNNAMED");
    const main = args.indexOf("diplograph.LocalNeo4j");
    expect(args[main - 1]).toBe(base.classpath);
    expect(args.slice(main + 1)).toEqual([
      "--home",
      "/data/neo4j",
      "--port",
      "7687",
      "--page-cache",
      "64m",
    ]);
  });

  it("asks the launcher to watch its parent only when attached", () => {
    expect(buildLauncherArgs({ ...base, watchParent: true }).at(-1)).toBe("--watch-parent");
    expect(buildLauncherArgs(base)).not.toContain("--watch-parent");
  });

  it("never puts the password on the command line", () => {
    expect(buildLauncherArgs(base).join(" ")).not.toMatch(/password/i);
  });

  it("rejects a malformed size or port before anything is started", () => {
    expect(() => buildLauncherArgs({ ...base, heapSize: "lots" })).toThrow(/heapSize/);
    expect(() => buildLauncherArgs({ ...base, pageCacheSize: "64 MB" })).toThrow(/pageCacheSize/);
    expect(() => buildLauncherArgs({ ...base, port: 70000 })).toThrow(/port/);
  });
});
