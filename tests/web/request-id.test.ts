import { type ChildProcess } from "node:child_process";
import { type IncomingMessage } from "node:http";
import { connect } from "node:net";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHttpServer } from "../../src/api/server.js";
import { spawnCli } from "../../src/cli/test-support.js";
import { DatabaseUnavailableError } from "../../src/graph/errors.js";
import { findFreePort } from "../../src/graph/local-neo4j/index.js";
import { type OpenGraph } from "../../src/graph/open-graph.js";
import { createLogger } from "../../src/lib/logger.js";
import { instrumentExecutor } from "../../src/web/cypher-timing.js";
import { createMetrics } from "../../src/web/metrics.js";
import { requestIdFor } from "../../src/web/request-id.js";
import { traceRequests } from "../../src/web/request-log.js";
import { configWith, faultyExecutor } from "../hardening/hardening-harness.js";
import { neo4jEnv } from "../helpers/cli.js";
import { openTestGraph } from "../helpers/graph.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface LogLine {
  msg: string;
  requestId?: string;
  [field: string]: unknown;
}

function requestWith(headers: Record<string, string>): IncomingMessage {
  return { headers } as unknown as IncomingMessage;
}

async function waitFor<T>(
  find: () => T | undefined,
  what: () => string,
  timeoutMs = 90_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting; ${what()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** POSTs one query with these headers; the request id the server answered and its body. */
async function post(
  url: string,
  query: string,
  headers: Record<string, string> = {},
): Promise<{ requestId: string | null; body: { errors?: { extensions?: object }[] } }> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query }),
  });
  return {
    requestId: response.headers.get("x-request-id"),
    body: (await response.json()) as { errors?: { extensions?: object }[] },
  };
}

let graph: OpenGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(() => graph.close());

describe("requestIdFor", () => {
  it("keeps a caller's plain x-request-id", () => {
    expect(requestIdFor(requestWith({ "x-request-id": "abc-123" }))).toBe("abc-123");
  });

  it("generates a UUID when the header is missing or unsafe to log", () => {
    expect(requestIdFor(requestWith({}))).toMatch(UUID);
    expect(requestIdFor(requestWith({ "x-request-id": "a\nforged log line" }))).toMatch(UUID);
    expect(requestIdFor(requestWith({ "x-request-id": "x".repeat(129) }))).toMatch(UUID);
    expect(requestIdFor(requestWith({ "x-request-id": "x".repeat(128) }))).toBe("x".repeat(128));
  });
});

describe("diplograph serve", () => {
  let child: ChildProcess;
  let url: string;
  let stderr = "";
  let startUpLines = 0;
  const lines = (): LogLine[] =>
    stderr
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as LogLine);
  const linesOf = (requestId: string): LogLine[] =>
    lines().filter((line) => line.requestId === requestId);
  /** The lines of a request once its `request` line (written when it is answered) is out. */
  const awaitLinesOf = (requestId: string): Promise<LogLine[]> =>
    waitFor(
      () => (linesOf(requestId).some((l) => l.msg === "request") ? linesOf(requestId) : undefined),
      () => `no request line for ${requestId} in:\n${stderr}`,
    );

  beforeAll(async () => {
    const port = await findFreePort();
    child = spawnCli(["serve", "--no-seed"], {
      ...neo4jEnv(),
      PORT: String(port),
      LOG_LEVEL: "debug",
    });
    child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    // Ready once its start-up warm-up has run every statement, outside any request:
    // requests sent during it compete with it (and time out on a busy machine).
    await waitFor(
      () => lines().find((line) => line.msg === "query plans warmed up: ready"),
      () => `serve did not get ready:\n${stderr}`,
      240_000,
    );
    startUpLines = lines().length;
    url = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  });

  it("echoes a caller's X-Request-Id and writes it on every log line of the request", async () => {
    const sent = `e2e-${Date.now()}`;
    const { requestId } = await post(url, "{ countries { code } }", { "x-request-id": sent });
    expect(requestId).toBe(sent);
    const own = await awaitLinesOf(sent);
    // The request's own line, written when it is answered.
    expect(own).toContainEqual(
      expect.objectContaining({ msg: "request", method: "POST", path: "/graphql", status: 200 }),
    );
    // Its one statement, timed deep in the executor; and since start-up no statement has
    // been logged without the id of its request (the warm-up's, before, have none), but
    // for the pings by which serve notices a Neo4j restart (src/api/warm-up/database-watch.ts).
    expect(own.filter((l) => l.msg === "cypher")).toEqual([
      expect.objectContaining({ statement: "api/find-countries", outcome: "ok" }),
    ]);
    const anonymous = lines()
      .slice(startUpLines)
      .filter((l) => l.msg === "cypher" && l.requestId === undefined)
      .filter((l) => l.statement !== "admin/ping");
    expect(anonymous).toEqual([]);
    const warmUp = lines()
      .slice(0, startUpLines)
      .filter((l) => l.msg === "cypher");
    expect(warmUp.length).toBeGreaterThan(0);
    expect(warmUp.every((l) => l.requestId === undefined)).toBe(true);
  });

  it("counts its start-up warm-up of the query plans in /metrics", async () => {
    const metrics = await (await fetch(`${url}/metrics`)).text();
    expect(metrics).toMatch(/^diplograph_plan_warmups_total\{reason="start"\} 1$/m);
  });

  it("gives a request without X-Request-Id a new UUID, the same in header and logs", async () => {
    const first = await post(url, "{ countries { code } }");
    const second = await post(url, "{ countries { code } }");
    expect(first.requestId).toMatch(UUID);
    expect(second.requestId).toMatch(UUID);
    expect(second.requestId).not.toBe(first.requestId);
    const own = await awaitLinesOf(first.requestId ?? "");
    expect(own.map((l) => l.msg)).toEqual(expect.arrayContaining(["cypher", "request"]));
  });

  it("replaces an X-Request-Id that is too long or not a plain token, and never logs it", async () => {
    for (const hostile of ["x".repeat(129), 'a\tb "c" {"level":60}', "caf\u00e9"]) {
      const response = await fetch(`${url}/health`, {
        headers: { "x-request-id": hostile },
      });
      const given = response.headers.get("x-request-id") ?? "";
      expect(given).toMatch(UUID);
      await awaitLinesOf(given);
      expect(stderr).not.toContain(hostile.slice(0, 20));
    }
  });

  it("refuses a header with a line break before any code of ours sees it", async () => {
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(new URL(url).port), "127.0.0.1", () =>
        socket.write(
          "GET /health HTTP/1.1\r\nHost: x\r\nX-Request-Id: a\nforged: 1\r\nConnection: close\r\n\r\n",
        ),
      );
      let text = "";
      socket.on("data", (chunk: Buffer) => (text += chunk.toString()));
      socket.on("end", () => resolve(text));
      socket.on("error", reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 400/);
    expect(answer).not.toMatch(/forged/i);
    expect(stderr).not.toMatch(/forged/);
  });
});

describe("the HTTP server with traceRequests", () => {
  const logged: LogLine[] = [];
  let server: { url: string; close(): Promise<void> };

  beforeAll(async () => {
    const log = createLogger({
      level: "debug",
      destination: new Writable({
        write(chunk: Buffer, _encoding, done) {
          logged.push(JSON.parse(chunk.toString()) as LogLine);
          done();
        },
      }),
    });
    const executor = faultyExecutor(graph.executor, (name) =>
      Promise.reject(
        name.startsWith("api/find-countries")
          ? new DatabaseUnavailableError("Neo4j is down")
          : new Error("a defect"),
      ),
    );
    server = await startHttpServer({
      executor: instrumentExecutor(executor, { log, metrics: createMetrics() }),
      config: configWith(),
      port: 0,
      host: "127.0.0.1",
      logError: (error) => log.error({ err: error }, "masked error"),
      wrapRequest: traceRequests(log),
    });
  });
  afterAll(() => server.close());

  it("quotes the request id in an INTERNAL_SERVER_ERROR and logs the error under it", async () => {
    const { requestId, body } = await post(server.url, "{ meetings { totalCount } }", {
      "x-request-id": "quote-me-1",
    });
    expect(requestId).toBe("quote-me-1");
    expect(body.errors?.[0]?.extensions).toEqual({
      code: "INTERNAL_SERVER_ERROR",
      requestId: "quote-me-1",
    });
    const ofRequest = (): LogLine[] => logged.filter((l) => l.requestId === "quote-me-1");
    const own = await waitFor(
      () => (ofRequest().some((l) => l.msg === "request") ? ofRequest() : undefined),
      () => JSON.stringify(logged),
    );
    expect(own.filter((l) => l.msg === "masked error")).toEqual([
      expect.objectContaining({ requestId: "quote-me-1", err: expect.anything() }),
    ]);
    expect(own).toContainEqual(
      expect.objectContaining({ msg: "cypher", outcome: "error", requestId: "quote-me-1" }),
    );
  });

  it("quotes the request id in SERVICE_UNAVAILABLE but not in a client's own error", async () => {
    const down = await post(server.url, "{ countries { code } }");
    expect(down.body.errors?.[0]?.extensions).toEqual({
      code: "SERVICE_UNAVAILABLE",
      requestId: down.requestId,
    });
    const bad = await post(server.url, "{ meetings(first: 500) { totalCount } }");
    expect(bad.requestId).toMatch(UUID);
    expect(bad.body.errors?.[0]?.extensions).not.toHaveProperty("requestId");
  });

  it("lets a browser on an allowed origin send X-Request-Id and read it back (CORS)", async () => {
    const origin = "https://dash.example";
    const preflight = await fetch(`${server.url}/graphql`, {
      method: "OPTIONS",
      headers: {
        origin,
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type, x-request-id",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-headers")).toContain("x-request-id");
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { origin, "content-type": "application/json", "x-request-id": "from-browser" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(response.headers.get("access-control-expose-headers")).toBe("x-request-id");
    expect(response.headers.get("x-request-id")).toBe("from-browser");
  });
});
