import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { selfTimes, type CpuProfile } from "../../bench/profile/cpu-profile.js";
import { renderFlameGraph } from "../../bench/profile/flame-graph.js";
import { summariseSelfTimes } from "../../bench/profile/summarise.js";

const ROOT = "/proj";
const frame = (functionName: string, url = "", lineNumber = 0) => ({
  functionName,
  url,
  lineNumber,
  columnNumber: 0,
});

/**
 * root ─ (program), (idle), (garbage collector)
 *      ─ handle (src/) ─ execute (graphql) ─ stringify (builtin)
 *                      ─ runHttpQuery (@apollo/server)
 *      ─ processTicks (node:) ─ answer (bench/)
 * Samples are 1 ms apart; the last one runs to endTime (+1 ms).
 */
const SYNTHETIC: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame("(root)"), children: [2, 3, 4, 5, 9] },
    { id: 2, callFrame: frame("(program)") },
    { id: 3, callFrame: frame("(idle)") },
    { id: 4, callFrame: frame("(garbage collector)") },
    { id: 5, callFrame: frame("handle", "file:///proj/src/api/server.ts", 9), children: [6, 8] },
    {
      id: 6,
      callFrame: frame("execute", "file:///deps/node_modules/graphql/execution/execute.js"),
      children: [7],
    },
    { id: 7, callFrame: frame("stringify") },
    {
      id: 8,
      callFrame: frame("runHttpQuery", "file:///deps/node_modules/@apollo/server/dist/run.js"),
    },
    {
      id: 9,
      callFrame: frame("processTicks", "node:internal/process/task_queues"),
      children: [10],
    },
    { id: 10, callFrame: frame("answer", "file:///proj/bench/peers/p0-server.ts") },
  ],
  startTime: 1_000_000,
  endTime: 1_021_000,
  // 20 samples: idle 4, program 1, GC 2, handle 1, execute 4, stringify 3, apollo 2, node 1, bench 2.
  samples: [3, 3, 2, 4, 4, 5, 6, 6, 6, 6, 7, 7, 7, 8, 8, 9, 10, 10, 3, 3],
  timeDeltas: [1000, ...Array<number>(19).fill(1000)],
};

describe("CPU profile summaries", () => {
  it("charges each sample the time until the next one", () => {
    const times = selfTimes(SYNTHETIC);
    expect(times.get(6)).toBe(4000);
    expect(times.get(3)).toBe(4000);
    expect([...times.values()].reduce((a, b) => a + b, 0)).toBe(20_000);
  });

  it("counts only the samples inside the windows", () => {
    // Sample i is stamped 1,001,000 + i*1000: this window holds samples 6..9 (execute ×4).
    const times = selfTimes(SYNTHETIC, [{ startUs: 1_006_500, endUs: 1_010_500 }]);
    expect([...times]).toEqual([[6, 4000]]);
  });

  it("shares busy time by area, builtins going to their caller's area", () => {
    const summary = summariseSelfTimes({
      profile: SYNTHETIC,
      selfTimes: selfTimes(SYNTHETIC),
      projectRoot: ROOT,
    });
    expect(summary.idleMs).toBe(4);
    expect(summary.busyMs).toBe(16);
    expect(summary.builtinMs).toBe(3);
    const share = Object.fromEntries(summary.areas.map((a) => [a.area, a.ms]));
    expect(share).toEqual({
      graphql: 7,
      "@apollo/server": 2,
      "diplograph src/": 1,
      "bench/": 2,
      "node internals": 1,
      GC: 2,
      "(program): V8 and native, no JS frame": 1,
    });
    expect(summary.areas[0]).toEqual({ area: "graphql", ms: 7, share: 7 / 16 });
    expect(summary.topFunctions.slice(0, 2)).toEqual([
      {
        name: "execute",
        area: "graphql",
        location: "graphql/execution/execute.js:1",
        ms: 4,
        share: 4 / 16,
      },
      { name: "stringify", area: "graphql", location: "(builtin)", ms: 3, share: 3 / 16 },
    ]);
    expect(summary.topFunctions.map((f) => f.name)).not.toContain("(idle)");
  });

  it("draws a well-formed flame graph whose widths are the busy time", () => {
    const svg = renderFlameGraph({
      profile: SYNTHETIC,
      selfTimes: selfTimes(SYNTHETIC),
      projectRoot: ROOT,
      title: "synthetic <&>",
    });
    const rects: Record<string, number> = {};
    let title = "";
    const parser = new SaxesParser();
    parser.on("text", (t) => (title = t));
    parser.on("opentag", (tag) => {
      if (tag.name === "rect" && tag.attributes.y !== undefined)
        rects[title.split(" ")[0] ?? ""] = Number(tag.attributes.width);
    });
    parser.write(svg).close();
    // 16 ms busy over 1200 px: 75 px per ms; idle is not drawn.
    expect(rects.all).toBeCloseTo(1200);
    expect(rects.handle).toBeCloseTo(10 * 75);
    expect(rects.execute).toBeCloseTo(7 * 75);
    expect(rects.stringify).toBeCloseTo(3 * 75);
    expect(rects["(idle)"]).toBeUndefined();
  });

  it("finds the hot function in a real profile written by node --cpu-prof on exit", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cpu-prof-"));
    writeFileSync(
      join(dir, "burn.mjs"),
      [
        "function burnCpu(ms) { let x = 0; const end = Date.now() + ms; while (Date.now() < end) x += Math.sqrt(x + 1); return x; }",
        "const start = process.hrtime.bigint() / 1000n; burnCpu(300); const end = process.hrtime.bigint() / 1000n;",
        "console.log(JSON.stringify({ startUs: Number(start), endUs: Number(end) }));",
        "process.on('SIGTERM', () => process.exit(0)); setInterval(() => {}, 1000);",
      ].join("\n"),
    );
    const child = spawn(
      process.execPath,
      ["--cpu-prof", `--cpu-prof-dir=${dir}`, "--cpu-prof-name=burn.cpuprofile", "burn.mjs"],
      { cwd: dir, stdio: ["ignore", "pipe", "inherit"] },
    );
    const window = await new Promise<{ startUs: number; endUs: number }>((resolve) =>
      child.stdout.once("data", (d: Buffer) => resolve(JSON.parse(d.toString()))),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    const profile = JSON.parse(readFileSync(join(dir, "burn.cpuprofile"), "utf8")) as CpuProfile;
    const whole = summariseSelfTimes({ profile, selfTimes: selfTimes(profile), projectRoot: dir });
    expect(whole.idleMs).toBeGreaterThan(100);
    const timed = summariseSelfTimes({
      profile,
      selfTimes: selfTimes(profile, [window]),
      projectRoot: dir,
    });
    expect(timed.topFunctions[0]).toMatchObject({ name: "burnCpu", area: "project (other)" });
    expect(timed.topFunctions[0]?.location).toBe("burn.mjs:1");
    // Loose bounds: the machine is shared, and a sample delayed by the scheduler counts longer.
    expect(timed.topFunctions[0]?.share).toBeGreaterThan(0.6);
    const windowMs = (window.endUs - window.startUs) / 1000;
    expect(timed.sampledMs).toBeGreaterThan(windowMs / 2);
    expect(timed.sampledMs).toBeLessThan(windowMs + 100);
    expect(timed.idleMs).toBeLessThan(windowMs / 10);
  });
});
