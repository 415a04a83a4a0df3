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
import { buildRecord } from "../helpers/records.js";
import { type ApiHarness, at, openApiHarness, pluck, seedRecord } from "./api-harness.js";

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

// Each query is asked twice, without and with the interchange codes: the codes derive
// from what the rows already carry (kind, status, agreements, stance, the country key),
// so selecting them must not cost a statement.
describe("the interchange codes (cameo, plover)", () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await openApiHarness();
    const record = buildRecord({
      publishedAt: "2026-03-20",
      meetings: [
        { kind: "summit", date: "2026-03-10", countries: ["KOR", "JPN", "CHN"] },
        { kind: "visit", date: "2026-03-11", countries: ["KOR", "USA"], participants: ["Lee"] },
        { kind: "call", status: "planned", date: "2026-04", countries: ["KOR", "FRA"] },
        { kind: "interview", date: "2026-03-12", countries: ["KOR"] },
        { kind: "meeting", date: "2026-03-13", countries: ["KOR", "DEU"] },
      ],
      positions: [
        { holders: ["KOR"], topic: { kind: "trade", args: ["KOR", "JPN"] }, meeting: 0 },
        {
          holders: ["CHN"],
          stance: "oppose",
          topic: { kind: "security", args: ["KOR", "USA"] },
          meeting: 0,
        },
        { holders: ["JPN"], stance: "concern", topic: { kind: "dialogue", args: ["CHN", "JPN"] } },
      ],
      leaders: [{ name: "Lee", country: "KOR", title: "President" }],
    });
    const meetings = record.meetings as {
      participants: { role?: string }[];
      agreements?: string[];
    }[];
    meetings[1]!.participants[0]!.role = "guest";
    meetings[4]!.agreements = ["a memorandum on semiconductors"];
    await h.load(record);
  });
  afterAll(() => h.close());

  const CODES = "cameo { code label } plover { type mode }";
  const QUERIES: Record<string, string> = {
    meetings: `{ meetings { edges { node { kind CODES positions { stance CODES } } } } }`,
    positions: `{ positions { edges { node { stance CODES meeting { kind CODES } } } } }`,
    articles: `{ articles { edges { node { meetings { kind CODES } } } } }`,
    leader: `{ leader(id: "lee") { meetings { edges { node { kind CODES } } } } }`,
  };

  it.each(Object.keys(QUERIES))("adds no statement to %s", async (name) => {
    const query = QUERIES[name]!;
    const plain = await h.run(query.replace(/CODES/g, ""));
    const coded = await h.run(query.replace(/CODES/g, CODES));
    expect(plain.errors).toBeUndefined();
    expect(coded.errors).toBeUndefined();
    expect(coded.statements).toBe(plain.statements);
    expect(JSON.stringify(coded.data)).toContain('"cameo":{"code":"0');
  });

  it("codes each meeting and position as docs/event-codes.md says", async () => {
    const result = await h.run(QUERIES.meetings!.replace(/CODES/g, CODES));
    type Coded = { cameo: { code: string }; plover: { type: string; mode: string | null } | null };
    const line = (n: Coded): string =>
      `${n.cameo.code} ${n.plover ? `${n.plover.type} ${n.plover.mode}` : "-"}`;
    const nodes = pluck(at(result.data, "meetings", "edges"), "node") as (Coded & {
      kind: string;
      positions: (Coded & { stance: string })[];
    })[];
    expect(Object.fromEntries(nodes.map((n) => [n.kind, line(n)]))).toEqual({
      SUMMIT: "040 CONSULT multilateral",
      VISIT: "042 CONSULT visit",
      CALL: "036 AGREE null",
      INTERVIEW: "010 -",
      MEETING: "057 SUPPORT null",
    });
    const summit = nodes.find((n) => n.kind === "SUMMIT")!;
    expect(summit.positions.map((p) => `${p.stance} ${line(p)}`).sort()).toEqual([
      "OPPOSE 110 ACCUSE disapprove",
      "SUPPORT 051 SUPPORT null",
    ]);
    expect(at(result.data, "meetings", "edges", 0, "node", "cameo", "label")).toBe(
      "Consult, not specified below",
    );
    const positions = await h.run(
      `{ positions(filter: { stances: [CONCERN] }) { edges { node { ${CODES} } } } }`,
    );
    expect(at(positions.data, "positions", "edges", 0, "node")).toEqual({
      cameo: { code: "012", label: "Make pessimistic comment" },
      plover: null,
    });
  });
});

/**
 * The benchmark's documents (bench/operations/graphql-documents.ts) on the seed article:
 * each root field is one statement with everything it selects, Q6's participants' own
 * meetings pages included (find-meetings projects them).
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
    // The root page projects its participants, each with its own meetings page (read from
    // the participant's meetings) and their participants: one statement.
    [
      "Q6 deep nest",
      Q6_DEEP,
      () => KOR_2026,
      1,
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
