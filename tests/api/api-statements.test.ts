import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import { QUERY_NAMES, loadCypherRegistry } from "../../src/graph/cypher-registry.js";
import { type OpenGraph } from "../../src/graph/open-graph.js";
import { projectPath } from "../../src/lib/paths.js";
import { openTestGraph } from "../helpers/graph.js";
import { buildRecord } from "../helpers/records.js";
import { type ApiHarness, at, openApiHarness, pluck } from "./api-harness.js";

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
