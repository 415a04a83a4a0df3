// How long the first request of each shape takes once `serve` says it is ready:
// `npx tsx bench/first-requests.ts`. Starts a fresh Neo4j of its own (temp dir, free port,
// migrated, empty), serves the API over it with the warm-up `serve` runs, waits for the
// warm-up, then times one request of each shape below, once, in order. A shape the warm-up
// did not plan (Neo4j caches a plan per statement and per types of its parameters) shows
// as seconds of planning instead of milliseconds. An empty graph is enough: planning does
// not depend on the data.
import "reflect-metadata";
import { encodeCursor } from "../src/api/paging/cursor.js";
import { startHttpServer } from "../src/api/server.js";
import { loadConfig } from "../src/config.js";
import { startBenchNeo4j } from "./bench-neo4j.js";

/** A well-formed cursor of `list` (it matches nothing: the request shape is what counts). */
const cursor = (list: string): string => encodeCursor({ list, key: "2000-01-01", id: "x" });

const PAGE = `edges { node { id countries { code } participants { id country { code } }
  positions { id topic { id } holders { code } speakers { id } } } } pageInfo { endCursor }`;

/** Request shapes: each differs from the warm-up's only in optional arguments or fields. */
const SHAPES: readonly [string, string][] = [
  [
    "timeline page",
    `{ meetings(first: 20, filter: {countries: ["KOR"], from: "2000"}) { ${PAGE} } }`,
  ],
  [
    "timeline page, asOf",
    `{ meetings(first: 20, asOf: "2020", filter: {countries: ["KOR"]}) { ${PAGE} } }`,
  ],
  ["timeline page, after", `{ meetings(first: 20, after: "${cursor("meetings")}") { ${PAGE} } }`],
  ["meeting, asOf", `{ meeting(id: "x", asOf: "2020") { id quotes { id } } }`],
  ["leader, meetings", `{ leader(id: "x") { id meetings(first: 5) { totalCount } } }`],
  [
    "leader, asOf, counterparts",
    `{ leader(id: "x", asOf: "2020") { id counterparts { meetings } } }`,
  ],
  ["leaders, by name", `{ leaders(first: 5, filter: {name: "x"}) { totalCount } }`],
  ["leaders, after", `{ leaders(first: 5, after: "${cursor("leaders")}") { totalCount } }`],
  ["quotes, by speaker", `{ quotes(first: 5, filter: {speakers: ["x"]}) { totalCount } }`],
  ["quotes, after", `{ quotes(first: 5, after: "${cursor("quotes")}") { totalCount } }`],
  ["articles, after", `{ articles(first: 5, after: "${cursor("articles")}") { totalCount } }`],
  ["topic, no matrix", `{ topic(id: "x") { id } }`],
  ["topics, matrix", `{ topics { id stanceMatrix(from: "2000") { support } } }`],
  ["country, open counterparts", `{ country(code: "KOR") { counterparts { meetings } } }`],
];

const neo4j = await startBenchNeo4j("10k");
const server = await startHttpServer({
  executor: neo4j.graph.executor,
  config: loadConfig({ NODE_ENV: "test" }),
  port: 0,
  host: "127.0.0.1",
  warmUp: true,
  logError: (error) => console.error(error),
});
try {
  let started = performance.now();
  await server.warmedUp;
  console.log(`warm-up: ${Math.round(performance.now() - started)} ms`);
  for (const [name, query] of SHAPES) {
    started = performance.now();
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as { errors?: { message: string }[] };
    const ms = Math.round(performance.now() - started);
    console.log(`${name}: ${ms} ms${body.errors ? ` (error: ${body.errors[0]?.message})` : ""}`);
  }
} finally {
  await server.close();
  await neo4j.close();
}
