import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import { QUERY_NAMES, loadCypherRegistry } from "../../src/graph/cypher-registry.js";
import { type OpenGraph } from "../../src/graph/open-graph.js";
import { projectPath } from "../../src/lib/paths.js";
import {
  Q1_TIMELINE,
  Q2_DOSSIER,
  Q3_MEETING,
  Q4_STANCE_MATRIX,
  Q5_COUNTERPARTS,
  Q6_DEEP,
} from "../../bench/operations/graphql-documents.js";
import { openTestGraph } from "../helpers/graph.js";
import { type ApiHarness, at, openApiHarness, seedRecord } from "./api-harness.js";

const apiNames = QUERY_NAMES.filter((name) => name.startsWith("api/"));

describe("the API's Cypher statements", () => {
  let graph: OpenGraph;
  beforeAll(async () => {
    graph = await openTestGraph();
  });
  afterAll(async () => {
    await graph.close();
  });

  it("registers every file under cypher/queries/api", () => {
    const files = readdirSync(projectPath("cypher/queries/api"))
      .filter((f) => f.endsWith(".cypher"))
      .map((f) => `api/${f.replace(/\.cypher$/, "")}`)
      .sort();
    expect([...apiNames].sort()).toEqual(files);
  });

  it.each(apiNames)("%s compiles against the real database (EXPLAIN)", async (name) => {
    const text = loadCypherRegistry()[name];
    expect(text.split("\n")[0]).toMatch(new RegExp(`^// ${name.slice(4)}\\(`));
    await expect(graph.executor.runSchemaStatement(`EXPLAIN ${text}`, {})).resolves.toBeDefined();
  });
});

/**
 * The benchmark's documents (bench/operations/graphql-documents.ts) on the seed article:
 * each root field is one statement with everything it selects, and a nested connection
 * under a list (Q6: the participants' own meetings) is one more for the whole level.
 */
describe("the benchmark's operations", () => {
  let h: ApiHarness;
  let summitId: string;
  beforeAll(async () => {
    h = await openApiHarness();
    await h.load(seedRecord());
    const found = await h.run(
      `{ meetings(filter: { kinds: [SUMMIT] }) { edges { node { id } } } }`,
    );
    summitId = String(at(found.data, "meetings", "edges", 0, "node", "id"));
  });
  afterAll(async () => {
    await h.close();
  });

  const KOR_2026 = { country: "KOR", from: "2026", to: "2026" };
  const cases: [
    string,
    string,
    () => Record<string, unknown>,
    number,
    (data: unknown) => unknown,
  ][] = [
    [
      "Q1 timeline page",
      Q1_TIMELINE,
      () => KOR_2026,
      1,
      (d) => at(d, "meetings", "edges", 2, "node", "participants", 0, "title"),
    ],
    [
      "Q2 leader dossier",
      Q2_DOSSIER,
      () => ({ id: "lee-jae-myung" }),
      1,
      (d) => at(d, "leader", "positionsByTopic", 0, "positions", 0, "holders", 0, "code"),
    ],
    [
      "Q3 one meeting in full",
      Q3_MEETING,
      () => ({ id: summitId }),
      1,
      (d) => at(d, "meeting", "evidence", 0, "article", "id"),
    ],
    [
      "Q4 stance matrix",
      Q4_STANCE_MATRIX,
      () => ({ topic: "denuclearization:korean-peninsula", ...KOR_2026 }),
      1,
      (d) => at(d, "topic", "stanceMatrix", 1, "country", "code"),
    ],
    [
      "Q5 counterparts",
      Q5_COUNTERPARTS,
      () => ({ id: "lee-jae-myung", ...KOR_2026 }),
      1,
      (d) => at(d, "leader", "counterparts", 0, "leader", "country", "code"),
    ],
    // The root page projects its participants; their own meetings are a nested connection of
    // a list, one batched statement for every participant (the design's one per level).
    [
      "Q6 deep nest",
      Q6_DEEP,
      () => KOR_2026,
      2,
      (d) =>
        at(
          d,
          "meetings",
          "edges",
          0,
          "node",
          "participants",
          0,
          "meetings",
          "edges",
          0,
          "node",
          "participants",
          0,
          "name",
        ),
    ],
  ];

  it.each(cases)(
    "%s runs in the statements the design gives",
    async (_name, query, variables, statements, deepest) => {
      const result = await h.run(query, variables());
      expect(result.errors).toBeUndefined();
      // The deepest value the document asks for is there: the count is of a real answer.
      expect(deepest(result.data)).toEqual(expect.any(String));
      expect(result.statements).toBe(statements);
    },
  );
});
