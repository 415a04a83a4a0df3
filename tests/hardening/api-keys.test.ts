import { readFileSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type ApiServer } from "../../src/api/server.js";
import { createArticleIngestor } from "../../src/cli/compose/article-ingestor.js";
import { type OpenGraph } from "../../src/graph/open-graph.js";
import { projectPath } from "../../src/lib/paths.js";
import { dumpGraph, openTestGraph, resetGraph } from "../helpers/graph.js";
import { apiWith, codes, httpWith, postJson, runIn } from "./hardening-harness.js";

const INGEST_KEY = "ingest-key-4f8a2c91d7e3b605";
const READ_KEY = "read-key-9b1e7d3c5a2f4e68";
const KEYS = { DIPLOGRAPH_API_KEYS: `ingest:${INGEST_KEY},read:${READ_KEY}` };
const ARTICLE = readFileSync(projectPath("seeds/01-donga-lee-takaichi-summit.txt"), "utf8");
const INGEST = `mutation($text: String!, $meta: ArticleMetaInput) {
  ingestArticle(text: $text, meta: $meta) { articleId outcome nodesCreated }
}`;
const bearer = (key: string): Record<string, string> => ({ authorization: `Bearer ${key}` });

let graph: OpenGraph;
let api: ApiServer;
const logged: unknown[] = [];
beforeAll(async () => {
  graph = await openTestGraph();
  api = await apiWith({
    executor: graph.executor,
    env: KEYS,
    ingestor: createArticleIngestor(graph.executor),
    logError: (e) => logged.push(e),
  });
});
afterAll(async () => {
  await api.apollo.stop();
  await graph.close();
});
beforeEach(() => resetGraph(graph.executor));

describe("ingestArticle and API keys", () => {
  it("loads an article with an ingest key, and finds it unchanged the second time", async () => {
    const meta = { publisher: "Dong-A Ilbo", url: "https://www.donga.com/en/article/1" };
    const first = await runIn(api, INGEST, {
      variables: { text: ARTICLE, meta },
      headers: bearer(INGEST_KEY),
    });
    expect(first.errors).toBeUndefined();
    expect(first.data?.ingestArticle).toMatchObject({ outcome: "LOADED" });
    const again = await runIn(api, INGEST, {
      variables: { text: ARTICLE, meta },
      headers: { "x-api-key": INGEST_KEY },
    });
    expect(again.data?.ingestArticle).toMatchObject({ outcome: "UNCHANGED", nodesCreated: 0 });
    const read = await runIn(api, `{ articles { totalCount } }`);
    expect(read.data?.articles).toEqual({ totalCount: 1 });
  });

  it("refuses a write without a key (UNAUTHENTICATED), with a read key (FORBIDDEN) or a wrong key", async () => {
    const before = await dumpGraph(graph.executor);
    const cases: [Record<string, string>, string][] = [
      [{}, "UNAUTHENTICATED"],
      [bearer(READ_KEY), "FORBIDDEN"],
      [bearer(`${INGEST_KEY}x`), "UNAUTHENTICATED"],
      [bearer(INGEST_KEY.slice(0, -1)), "UNAUTHENTICATED"],
      [{ authorization: `Basic ${INGEST_KEY}` }, "UNAUTHENTICATED"],
    ];
    for (const [headers, code] of cases) {
      const result = await runIn(api, INGEST, { variables: { text: ARTICLE }, headers });
      expect(codes(result)).toEqual([code]);
      expect(result.data ?? null).toBeNull();
    }
    expect(await dumpGraph(graph.executor)).toEqual(before);
  });

  it("answers 401 and 403 over HTTP and never logs the key", async () => {
    const server = await httpWith({
      executor: graph.executor,
      env: KEYS,
      ingestor: createArticleIngestor(graph.executor),
      logError: (e) => logged.push(e),
    });
    const body = { query: INGEST, variables: { text: ARTICLE } };
    const anonymous = await postJson(server.url, body);
    expect([anonymous.status, codes(anonymous.body)]).toEqual([401, ["UNAUTHENTICATED"]]);
    const reader = await postJson(server.url, body, bearer(READ_KEY));
    expect([reader.status, codes(reader.body)]).toEqual([403, ["FORBIDDEN"]]);
    const wrong = await postJson(server.url, body, bearer("not-a-key-at-all-0000"));
    expect(wrong.status).toBe(401);
    expect(JSON.stringify(reader.body)).not.toContain(READ_KEY);
    await server.close();
    const everything = JSON.stringify(logged.map((e) => [String(e), (e as Error).stack]));
    expect(everything).not.toContain(INGEST_KEY);
    expect(everything).not.toContain(READ_KEY);
  });

  it("opens reads by default and closes them with DIPLOGRAPH_READ_REQUIRES_KEY", async () => {
    const closed = await apiWith({
      executor: graph.executor,
      env: { ...KEYS, DIPLOGRAPH_READ_REQUIRES_KEY: "true" },
    });
    const query = `{ articles { totalCount } }`;
    expect(codes(await runIn(closed, query))).toEqual(["UNAUTHENTICATED"]);
    expect((await runIn(closed, query, { headers: bearer(READ_KEY) })).errors).toBeUndefined();
    expect((await runIn(closed, query, { headers: bearer(INGEST_KEY) })).errors).toBeUndefined();
    expect((await runIn(api, query)).errors).toBeUndefined();
    expect(codes(await runIn(api, query, { headers: bearer("wrong-key-0123456789") }))).toEqual([
      "UNAUTHENTICATED",
    ]);
    await closed.apollo.stop();
  });

  it("rejects a blank, binary, HTML, undated or badly dated article as BAD_USER_INPUT, writing nothing", async () => {
    const before = await dumpGraph(graph.executor);
    const cases: [string, Record<string, string> | undefined, RegExp][] = [
      ["   \n\t ", { publishedAt: "2026-01-14" }, /empty or only white space/],
      ["abc\u0000def", { publishedAt: "2026-01-14" }, /binary/],
      ["<!DOCTYPE html><html><body>x</body></html>", { publishedAt: "2026-01-14" }, /HTML page/],
      ["Lee met Takaichi in Nara.", undefined, /no publication date/],
      ["Lee met Takaichi in Nara.", { publishedAt: "2026-02-30" }, /publishedAt/],
      ["Lee met Takaichi in Nara.", { publishedAt: "14/01/2026" }, /publishedAt/],
      ["Lee \ud800 Takaichi", { publishedAt: "2026-01-14" }, /not valid Unicode/],
    ];
    for (const [text, meta, problem] of cases) {
      const result = await runIn(api, INGEST, {
        variables: { text, meta },
        headers: bearer(INGEST_KEY),
      });
      expect(codes(result), String(problem)).toEqual(["BAD_USER_INPUT"]);
      expect(result.errors?.[0]?.message).toMatch(problem);
    }
    expect(await dumpGraph(graph.executor)).toEqual(before);
  });
});
