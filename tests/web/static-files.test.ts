import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStatic } from "../../src/web/static-files.js";
import { listen, type RunningServer } from "./listen.js";

describe("serveStatic", () => {
  let root: string;
  let server: RunningServer;

  beforeAll(async () => {
    const base = mkdtempSync(join(tmpdir(), "diplograph-static-"));
    root = join(base, "site");
    mkdirSync(join(root, "modules"), { recursive: true });
    writeFileSync(join(root, "index.html"), "<h1>home</h1>");
    writeFileSync(join(root, "modules", "app.js"), "export const x = 1;");
    writeFileSync(join(root, ".env"), "SECRET=1");
    writeFileSync(join(base, "secret.txt"), "outside the root");
    server = await listen(
      createServer((req, res) => {
        serveStatic({ root, req, res }).then((served) => {
          if (!served) res.writeHead(404).end();
        });
      }),
    );
  });
  afterAll(async () => {
    await server.close();
    rmSync(join(root, ".."), { recursive: true, force: true });
  });

  it("serves index.html for / with an HTML type and revalidation", async () => {
    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-cache");
    expect(await response.text()).toBe("<h1>home</h1>");
  });

  it("serves an ES module as JavaScript with a cache lifetime and nosniff", async () => {
    const response = await fetch(`${server.url}/modules/app.js`);
    expect(response.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(response.headers.get("cache-control")).toMatch(/max-age=\d+/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("answers 304 when the ETag still matches", async () => {
    const first = await fetch(`${server.url}/modules/app.js`);
    const etag = first.headers.get("etag") ?? "";
    expect(etag).not.toBe("");
    const again = await fetch(`${server.url}/modules/app.js`, {
      headers: { "if-none-match": etag },
    });
    expect(again.status).toBe(304);
  });

  it.each([
    "/../secret.txt",
    "/%2e%2e/secret.txt",
    "/modules/%2e%2e/%2e%2e/secret.txt",
    "/..%2fsecret.txt",
    "/..%5csecret.txt",
    "/.env",
    "/index.html%00.js",
    "/%E0%A4%A",
  ])("refuses %s", async (path) => {
    // fetch would normalise the dot-segments itself: send the raw path.
    const status = await rawGetStatus(server.url, path);
    expect(status).toBe(404);
  });

  it("declines methods other than GET and HEAD", async () => {
    const response = await fetch(`${server.url}/index.html`, { method: "POST", body: "x" });
    expect(response.status).toBe(404);
  });
});

async function rawGetStatus(base: string, path: string): Promise<number> {
  const { request } = await import("node:http");
  return new Promise((resolve, reject) => {
    const req = request(`${base}/`, { path, method: "GET" }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
    req.end();
  });
}
