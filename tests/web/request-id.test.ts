import { type IncomingMessage, type ServerResponse } from "node:http";
import { Writable } from "node:stream";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { bindRequestId, requestIdFor } from "../../src/web/request-id.js";

function requestWith(headers: Record<string, string>): IncomingMessage {
  return { headers } as unknown as IncomingMessage;
}

describe("request ids", () => {
  it("keeps a caller's plain x-request-id", () => {
    expect(requestIdFor(requestWith({ "x-request-id": "abc-123" }))).toBe("abc-123");
  });

  it("generates a UUID when the header is missing or unsafe to log", () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    expect(requestIdFor(requestWith({}))).toMatch(uuid);
    expect(requestIdFor(requestWith({ "x-request-id": "a\nforged log line" }))).toMatch(uuid);
    expect(requestIdFor(requestWith({ "x-request-id": "x".repeat(500) }))).toMatch(uuid);
  });

  it("echoes the id and binds it to every line of the child logger", () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const headers: Record<string, unknown> = {};
    const res = { setHeader: (n: string, v: unknown) => (headers[n] = v) };
    const { requestId, logger } = bindRequestId(
      pino(sink),
      requestWith({ "x-request-id": "req-7" }),
      res as unknown as ServerResponse,
    );
    logger.info("hello");
    expect(requestId).toBe("req-7");
    expect(headers["x-request-id"]).toBe("req-7");
    expect(JSON.parse(lines[0] ?? "{}")).toMatchObject({ requestId: "req-7", msg: "hello" });
  });
});
