import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiServer } from "../../src/api/server.js";
import { createArticleIngestor } from "../../src/cli/compose/article-ingestor.js";
import { type OpenGraph } from "../../src/graph/open-graph.js";
import { loadRecord } from "../../src/ingest/load-record.js";
import { parseRecord } from "../../src/domain/validate-record.js";
import { buildRecord, seedRecord } from "../api/api-harness.js";
import { dumpGraph, openTestGraph, resetGraph } from "../helpers/graph.js";
import { apiWith, runIn } from "./hardening-harness.js";

/** Strings that would change a query built by concatenation. */
const HOSTILE = [
  `'`,
  `"`,
  "`",
  `\\`,
  `'}) DETACH DELETE n //`,
  `"}) DETACH DELETE n //`,
  "`}) DETACH DELETE n //",
  `}) MATCH (n) DETACH DELETE n RETURN 1 //`,
  `x' OR 1=1 OR 'x`,
  `$include`,
  `\u0000`,
  `\ud800`,
  `%00`,
  `*:*`,
  `name:* OR text:*`,
  `\\"; CALL dbms.shutdown(); //`,
  "KOR`) DETACH DELETE (m",
  `Lee Jae-myung`,
  `lee-jae-myung`,
  `KOR`,
  `2026`,
  `2026-01-13`,
  `😀🇰🇷한국`,
  "e\u0301",
  "x".repeat(100_000),
];

const hostile = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 10 }))
      .map(([a, b]) => a + b),
  },
);

/** Every root field and nested field argument that takes a client string, and its filters. */
const OPERATIONS: { name: string; query: string; vars: string[]; lists?: string[] }[] = [
  {
    name: "article",
    query: `query($a: ID!, $b: String) { article(id: $a, asOf: $b) { id title } }`,
    vars: ["a", "b"],
  },
  {
    name: "articles",
    query: `query($a: String, $b: String) { articles(after: $a, asOf: $b) { totalCount } }`,
    vars: ["a", "b"],
  },
  { name: "countries", query: `query($a: String) { countries(asOf: $a) { code } }`, vars: ["a"] },
  {
    name: "country",
    query: `query($a: ID!, $b: String, $c: String, $d: String) { country(code: $a, asOf: $b) { code counterparts(from: $c, to: $d) { meetings } } }`,
    vars: ["a", "b", "c", "d"],
  },
  {
    name: "country.meetings",
    query: `query($a: ID!, $b: String, $c: [ID!], $d: String) { country(code: $a) { meetings(after: $b, filter: { leaders: $c, from: $d }) { totalCount } } }`,
    vars: ["a", "b", "d"],
    lists: ["c"],
  },
  {
    name: "leader",
    query: `query($a: ID!, $b: String, $c: [ID!]) { leader(id: $a, asOf: $b) { id meetings(filter: { countries: $c }) { totalCount } } }`,
    vars: ["a", "b"],
    lists: ["c"],
  },
  {
    name: "leader dossier",
    query: `query($a: ID!, $b: String, $c: String, $d: String, $e: String, $f: [ID!]) { leader(id: $a, asOf: $b) { id meetings(after: $e, orderBy: DATE_DESC, filter: { from: $c, to: $d, countries: $f }) { totalCount edges { node { id } } } positionsByTopic { topic { id } } counterparts(from: $c, to: $d) { meetings leader { id } } } }`,
    vars: ["a", "b", "c", "d", "e"],
    lists: ["f"],
  },
  {
    name: "topic",
    query: `query($a: ID!, $b: String, $c: String, $d: String) { topic(id: $a, asOf: $b) { id stanceMatrix(from: $c, to: $d) { country { code } support } } }`,
    vars: ["a", "b", "c", "d"],
  },
  {
    name: "leaders",
    query: `query($a: String, $b: String, $c: String, $d: [ID!]) { leaders(after: $a, asOf: $b, filter: { name: $c, countries: $d }) { totalCount edges { node { id } } } }`,
    vars: ["a", "b", "c"],
    lists: ["d"],
  },
  {
    name: "meeting",
    query: `query($a: ID!, $b: String) { meeting(id: $a, asOf: $b) { id } }`,
    vars: ["a", "b"],
  },
  {
    name: "meetingStats",
    query: `query($a: String, $b: String, $c: String, $d: [ID!]) { meetingStats(asOf: $a, interval: MONTH, filter: { from: $b, to: $c, countries: $d }) { count } }`,
    vars: ["a", "b", "c"],
    lists: ["d"],
  },
  {
    name: "meetings",
    query: `query($a: String, $b: String, $c: String, $d: String, $e: [ID!], $f: [ID!], $g: [ID!], $h: [String!]) { meetings(after: $a, asOf: $b, filter: { from: $c, to: $d, countries: $e, anyCountries: $f, leaders: $g, topic: { args: $h } }) { totalCount edges { node { id } } } }`,
    vars: ["a", "b", "c", "d"],
    lists: ["e", "f", "g", "h"],
  },
  {
    name: "positions",
    query: `query($a: String, $b: String, $c: String, $d: String, $e: [ID!], $f: [ID!], $g: [String!]) { positions(after: $a, asOf: $b, filter: { from: $c, to: $d, holders: $e, speakers: $f, topic: { kind: DENUCLEARIZATION, args: $g } }) { totalCount } }`,
    vars: ["a", "b", "c", "d"],
    lists: ["e", "f", "g"],
  },
  {
    name: "quotes",
    query: `query($a: String, $b: String, $c: ID, $d: String, $e: [ID!]) { quotes(after: $a, asOf: $b, filter: { meeting: $c, text: $d, speakers: $e }) { totalCount } }`,
    vars: ["a", "b", "c", "d"],
    lists: ["e"],
  },
  {
    name: "search",
    query: `query($a: String!, $b: String) { search(text: $a, asOf: $b) { __typename } }`,
    vars: ["a", "b"],
  },
  {
    name: "topics",
    query: `query($a: String, $b: [String!], $c: [ID!]) { topics(asOf: $a, filter: { args: $b }) { label positions(filter: { speakers: $c }) { totalCount } } }`,
    vars: ["a"],
    lists: ["b", "c"],
  },
];

/** What a hostile value may earn: an answer, or a client error. Never a masked failure. */
const CLIENT_CODES = new Set(["BAD_USER_INPUT", "NOT_FOUND"]);

let graph: OpenGraph;
let api: ApiServer;
let before: string[];
beforeAll(async () => {
  graph = await openTestGraph();
  await resetGraph(graph.executor);
  await loadRecord(graph.executor, seedRecord());
  await loadRecord(
    graph.executor,
    parseRecord(
      buildRecord({
        tag: "inj",
        publishedAt: "2026-03-02",
        meetings: [{ date: "2026-03-01", countries: ["IND", "JPN"], leaders: ["Ada Quote"] }],
      }),
    ),
  );
  api = await apiWith({ executor: graph.executor });
  before = await dumpGraph(graph.executor);
});
afterAll(async () => {
  await api.apollo.stop();
  await graph.close();
});

describe("Cypher injection", () => {
  it.each(OPERATIONS.map((o) => [o.name, o] as const))(
    "sends hostile strings through every argument and filter of %s and leaves the graph unchanged",
    async (_name, operation) => {
      const failures: unknown[] = [];
      await fc.assert(
        fc.asyncProperty(
          fc.record(
            Object.fromEntries([
              ...operation.vars.map((v) => [v, hostile]),
              ...(operation.lists ?? []).map((v) => [v, fc.array(hostile, { maxLength: 3 })]),
            ]),
          ),
          async (variables) => {
            const result = await runIn(api, operation.query, { variables });
            for (const error of result.errors ?? []) {
              const code = error.extensions?.code;
              if (!CLIENT_CODES.has(String(code))) failures.push({ variables, error });
              expect(CLIENT_CODES.has(String(code)), JSON.stringify(error)).toBe(true);
            }
          },
        ),
        { numRuns: 40, seed: 7 },
      );
      expect(failures).toEqual([]);
      expect(await dumpGraph(graph.executor)).toEqual(before);
    },
  );

  it("stores hostile text and metadata sent to ingestArticle as data, deleting nothing", async () => {
    const key = "ingest-key-injection-0123";
    const writer = await apiWith({
      executor: graph.executor,
      env: { DIPLOGRAPH_API_KEYS: `ingest:${key}` },
      ingestor: createArticleIngestor(graph.executor),
    });
    const title = `'}) DETACH DELETE n // "\`}) MATCH (m) DETACH DELETE m`;
    const result = await runIn(
      writer,
      `mutation($text: String!, $meta: ArticleMetaInput) {
         ingestArticle(text: $text, meta: $meta) { articleId outcome } }`,
      {
        variables: {
          text: `Posted March 3, 2026\n\nPresident Lee Jae-myung met Prime Minister Narendra Modi in Seoul on March 2. ${title}`,
          meta: { title, publisher: "`x` }) DETACH DELETE n //", publishedAt: "2026-03-03" },
        },
        headers: { authorization: `Bearer ${key}` },
      },
    );
    expect(result.errors).toBeUndefined();
    const after = await dumpGraph(graph.executor);
    expect(after.filter((line) => !before.includes(line))).not.toEqual([]);
    expect(before.filter((line) => !after.includes(line))).toEqual([]);
    const stored = await runIn(api, `query($id: ID!) { article(id: $id) { title publisher } }`, {
      variables: { id: (result.data?.ingestArticle as { articleId: string }).articleId },
    });
    expect(stored.data?.article).toEqual({ title, publisher: "`x` }) DETACH DELETE n //" });
    await writer.apollo.stop();
  });
});
