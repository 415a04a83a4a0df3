import { type ChildProcess, spawn } from "node:child_process";
import { request } from "node:http";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { parseRecord } from "../../src/domain/validate-record.js";
import { findFreePort } from "../../src/graph/local-neo4j/index.js";
import { type OpenGraph } from "../../src/graph/open-graph.js";
import { ingestFiles } from "../../src/ingest/ingest-files.js";
import { projectPath } from "../../src/lib/paths.js";
import { buildRecord } from "../api/api-harness.js";
import { countGraph, dumpGraph, openTestGraph, resetGraph } from "../helpers/graph.js";
import { faultyExecutor, httpWith, postJson } from "./hardening-harness.js";

let graph: OpenGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(() => graph.close());

/** Runs the CLI as a child process against the suite's Neo4j. */
function diplograph(args: string[], env: Record<string, string> = {}): ChildProcess {
  const neo4j = inject("neo4j");
  return spawn(process.execPath, [projectPath("bin/diplograph.js"), ...args], {
    cwd: projectPath(),
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      NEO4J_DATABASE: neo4j.database,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: string | null }> {
  return new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`not true after ${timeoutMs} ms`);
}

describe("graceful shutdown", () => {
  it("stops accepting, finishes the request in flight, then resolves close()", async () => {
    const slow = faultyExecutor(graph.executor, async (name) => {
      await new Promise((r) => setTimeout(r, 1500));
      return name === "admin/ping" ? [{ ok: 1 }] : [{ total: 0, rows: [] }];
    });
    const server = await httpWith({ executor: slow });
    const inFlight = postJson(server.url, { query: `{ __typename meetings { totalCount } }` });
    await new Promise((r) => setTimeout(r, 300));
    let closedAt = 0;
    const closing = server.close().then(() => (closedAt = Date.now()));
    await new Promise((r) => setTimeout(r, 100));
    await expect(fetch(`${server.url}/health`)).rejects.toThrow();
    const answer = await inFlight;
    const answeredAt = Date.now();
    expect(answer.status).toBe(200);
    await closing;
    expect(closedAt).toBeGreaterThanOrEqual(answeredAt - 50);
  });

  it("exits 0 on SIGTERM after answering the request in flight and closing the driver", async () => {
    const port = await findFreePort();
    const child = diplograph(["serve", "--no-seed"], {
      PORT: String(port),
      LOG_LEVEL: "info",
      NODE_ENV: "production",
    });
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exit = exited(child);
    const url = `http://127.0.0.1:${port}`;
    await waitFor(async () => (await fetch(`${url}/ready`)).status === 200, 90_000);
    // A request in flight for sure: its headers and half its body are sent before the
    // signal, the rest after it.
    const body = JSON.stringify({ query: `{ meetings(first: 5) { totalCount } }` });
    const inFlight = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
      });
      req.on("response", (res) => {
        let text = "";
        res.on("data", (c: Buffer) => (text += c.toString()));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
      });
      req.on("error", (error) => reject(new Error(`${error.message}; serve said:\n${output}`)));
      req.write(body.slice(0, 10));
      setTimeout(() => {
        child.kill("SIGTERM");
        setTimeout(() => req.end(body.slice(10)), 1000);
      }, 500);
    });
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toEqual({
      data: { meetings: { totalCount: expect.any(Number) } },
    });
    await expect(fetch(`${url}/health`)).rejects.toThrow();
    expect(await exit).toEqual({ code: 0, signal: null });
    expect(output).toMatch(/shutting down/);
    expect(output).toMatch(/"code":0.*stopped|stopped.*"code":0/);
  });
});

describe("ingestion killed with SIGKILL", () => {
  it("leaves only whole articles, and a re-run equals an undisturbed run", async () => {
    const dir = mkdtempSync(join(tmpdir(), "diplograph-kill-"));
    const n = 80;
    for (let i = 0; i < n; i += 1) {
      const day = `2026-04-${String((i % 28) + 1).padStart(2, "0")}`;
      const record = buildRecord({
        tag: `kill${i}`,
        publishedAt: day,
        meetings: [
          { date: day, countries: ["KOR", ["JPN", "USA", "CHN"][i % 3]!], leaders: [`L ${i % 5}`] },
        ],
      });
      parseRecord(record);
      writeFileSync(join(dir, `${String(i).padStart(3, "0")}.json`), JSON.stringify(record));
    }
    await resetGraph(graph.executor);
    expect((await ingestFiles({ executor: graph.executor, paths: [dir] })).loaded).toBe(n);
    const reference = await dumpGraph(graph.executor);
    await resetGraph(graph.executor);

    const child = diplograph(["ingest", "--batch-size", "10", dir]);
    const exit = exited(child);
    await waitFor(async () => (await countGraph(graph.executor)).nodes > 30, 90_000);
    child.kill("SIGKILL");
    expect(await exit).toMatchObject({ signal: "SIGKILL" });
    const [row] = await graph.executor.read("admin/count-graph");
    expect(row).toBeDefined();

    const rerun = await ingestFiles({ executor: graph.executor, paths: [dir] });
    expect(rerun.rejected + rerun.notLoaded).toBe(0);
    expect(rerun.unchanged).toBeGreaterThan(0);
    expect(rerun.loaded).toBeGreaterThan(0);
    expect(await dumpGraph(graph.executor)).toEqual(reference);
  });
});
