import { createServer } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMetrics } from "../../src/web/metrics.js";
import { createWebHandler } from "../../src/web/mount.js";
import { listen, type RunningServer } from "./listen.js";

/** The web handler alone; what it declines gets 404 here, as the API would route it. */
async function serve(enableIde: boolean): Promise<RunningServer> {
  const handler = await createWebHandler({ enableIde, metrics: createMetrics() });
  return listen(
    createServer((req, res) => {
      handler(req, res).then((handled) => {
        if (!handled) res.writeHead(404).end("declined");
      });
    }),
  );
}

describe("createWebHandler", () => {
  let withIde: RunningServer;
  let withoutIde: RunningServer;

  beforeAll(async () => {
    [withIde, withoutIde] = await Promise.all([serve(true), serve(false)]);
  });
  afterAll(async () => {
    await Promise.all([withIde.close(), withoutIde.close()]);
  });

  it("serves the dashboard at / and its modules", async () => {
    const page = await fetch(`${withoutIde.url}/`);
    expect(await page.text()).toContain('<script type="module" src="/app.js">');
    const app = await fetch(`${withoutIde.url}/app.js`);
    expect(app.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
  });

  it("serves the timeline and network libraries from node_modules, and nothing else there", async () => {
    const timeline = await fetch(
      `${withoutIde.url}/vendor/vis-timeline/standalone/esm/vis-timeline-graph2d.min.js`,
    );
    expect(timeline.status).toBe(200);
    expect(timeline.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    const css = await fetch(`${withoutIde.url}/vendor/vis-network/styles/vis-network.min.css`);
    expect(css.headers.get("content-type")).toBe("text/css; charset=utf-8");
    expect((await fetch(`${withoutIde.url}/vendor/pino/package.json`)).status).toBe(404);
    expect(
      (await fetch(`${withoutIde.url}/vendor/vis-timeline/%2e%2e/pino/package.json`)).status,
    ).toBe(404);
  });

  it("answers /metrics", async () => {
    const response = await fetch(`${withoutIde.url}/metrics`);
    expect(await response.text()).toContain("diplograph_graphql_errors_total");
  });

  it("leaves GET /graphql to the API when the IDE is off", async () => {
    const response = await fetch(`${withoutIde.url}/graphql`, { headers: { accept: "text/html" } });
    expect(await response.text()).toBe("declined");
  });

  it("with the IDE on, serves the page to browsers only and its bundle immutable and gzipped", async () => {
    const page = await fetch(`${withIde.url}/graphql`, { headers: { accept: "text/html" } });
    const html = await page.text();
    expect(html).toContain("YogaGraphiQL.renderYogaGraphiQL");
    const api = await fetch(`${withIde.url}/graphql`, { headers: { accept: "application/json" } });
    expect(await api.text()).toBe("declined");
    const withQuery = await fetch(`${withIde.url}/graphql?query=%7Bx%7D`, {
      headers: { accept: "text/html" },
    });
    expect(await withQuery.text()).toBe("declined");

    const script = /src="([^"]+graphiql\.js)"/.exec(html)?.[1] ?? "";
    expect(script).toMatch(/^\/graphiql\/[0-9a-f]{12}\/graphiql\.js$/);
    const bundle = await fetch(`${withIde.url}${script}`, {
      headers: { "accept-encoding": "gzip" },
    });
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get("cache-control")).toContain("immutable");
    expect(bundle.headers.get("content-encoding")).toBe("gzip");
    expect((await bundle.text()).length).toBeGreaterThan(1_000_000);
  });
});
