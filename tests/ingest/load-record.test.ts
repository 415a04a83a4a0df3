import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type ArticleRecord } from "../../src/domain/record.js";
import { parseRecord } from "../../src/domain/validate-record.js";
import { type OpenGraph } from "../../src/graph/open-graph.js";
import { ingestFiles } from "../../src/ingest/ingest-files.js";
import { loadRecord } from "../../src/ingest/load-record.js";
import { projectPath } from "../../src/lib/paths.js";
import { countGraph, dumpGraph, openTestGraph, resetGraph } from "../helpers/graph.js";
import { buildRecord } from "../helpers/records.js";

let graph: OpenGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(() => graph.close());
beforeEach(() => resetGraph(graph.executor));

async function meetingsOf(codes: string[]): Promise<Record<string, unknown>[]> {
  const all = await graph.executor.read("admin/dump-nodes");
  return all
    .filter((n) => (n.labels as string[]).includes("Meeting"))
    .map((n) => Object.fromEntries(n.props as [string, unknown][]))
    .filter((m) => m.countryKey === [...codes].sort().join(","));
}

describe("loadRecord", () => {
  it("changes nothing when the same article is ingested again", async () => {
    await ingestFiles({ executor: graph.executor, paths: [projectPath("seeds")] });
    const before = await dumpGraph(graph.executor);
    const again = await ingestFiles({ executor: graph.executor, paths: [projectPath("seeds")] });
    expect(again.unchanged).toBe(1);
    expect(again.nodesCreated + again.relationshipsCreated).toBe(0);
    expect(await dumpGraph(graph.executor)).toEqual(before);
  });

  it("merges two reports of one summit into one Meeting, the finer date winning", async () => {
    const countries = ["FRA", "DEU"];
    const first = buildRecord({
      publisher: "A",
      meetings: [{ date: "2026-03", countries, participants: ["Anna Example"] }],
    });
    const second = buildRecord({
      publisher: "B",
      meetings: [
        { date: "2026-03-05", countries, participants: ["Otto Example"], jointStatement: true },
      ],
    });
    await loadRecord(graph.executor, parseRecord(first));
    await loadRecord(graph.executor, parseRecord(second));
    const meetings = await meetingsOf(countries);
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({
      date: "2026-03-05",
      datePrecision: "day",
      jointStatement: true,
    });
    const dump = await dumpGraph(graph.executor);
    const meetingId = String(meetings[0]!.id);
    expect(
      dump.filter(
        (l) => l.includes(`PARTICIPATED_IN Meeting:${meetingId}`) && l.startsWith("R Person"),
      ),
    ).toHaveLength(2);
    expect(dump.filter((l) => l.startsWith(`R Meeting:${meetingId} EVIDENCED_BY`))).toHaveLength(2);
  });

  it("keeps meetings of other kinds, countries or dates apart", async () => {
    await loadRecord(
      graph.executor,
      parseRecord(buildRecord({ meetings: [{ date: "2026-03-05", countries: ["FRA", "DEU"] }] })),
    );
    await loadRecord(
      graph.executor,
      parseRecord(buildRecord({ meetings: [{ date: "2026-04-05", countries: ["FRA", "DEU"] }] })),
    );
    await loadRecord(
      graph.executor,
      parseRecord(
        buildRecord({
          meetings: [{ kind: "call", date: "2026-03-05", countries: ["FRA", "DEU"] }],
        }),
      ),
    );
    await loadRecord(
      graph.executor,
      parseRecord(
        buildRecord({ meetings: [{ date: "2026-03-05", countries: ["FRA", "DEU", "ITA"] }] }),
      ),
    );
    expect(await meetingsOf(["FRA", "DEU"])).toHaveLength(3);
  });

  it("replaces a revised article's own facts and keeps what other articles support", async () => {
    const url = `https://news.example/${randomUUID()}`;
    const shared = { date: "2026-05-02", countries: ["BRA", "ZAF"] };
    await loadRecord(graph.executor, parseRecord(buildRecord({ meetings: [shared] })));
    const original = buildRecord({
      url,
      meetings: [shared, { date: "2026-05-20", countries: ["BRA", "ARG"] }],
      positions: [{ holders: ["BRA"], topic: { kind: "trade", args: ["BRA", "ARG"] } }],
    });
    await loadRecord(graph.executor, parseRecord(original));
    const revised = buildRecord({
      url,
      meetings: [shared],
      positions: [
        { holders: ["ARG"], stance: "oppose", topic: { kind: "trade", args: ["BRA", "ARG"] } },
      ],
    });
    const result = await loadRecord(graph.executor, parseRecord(revised));
    expect(result.outcome).toBe("revised");
    expect(await meetingsOf(["BRA", "ARG"])).toHaveLength(0);
    expect(await meetingsOf(["BRA", "ZAF"])).toHaveLength(1);
    const dump = await dumpGraph(graph.executor);
    expect(dump.filter((l) => l.startsWith("R Country:BRA HOLDS"))).toHaveLength(0);
    expect(dump.filter((l) => l.startsWith("R Country:ARG HOLDS"))).toHaveLength(1);
    expect(dump.filter((l) => l.startsWith('N ["Article"]'))).toHaveLength(2);
  });

  it("writes nothing of an article whose transaction fails half-way", async () => {
    const before = await countGraph(graph.executor);
    const record = parseRecord(
      buildRecord({
        meetings: [{ date: "2026-05-02", countries: ["BRA", "ZAF"] }],
        positions: [{ holders: ["BRA"], topic: { kind: "trade", args: ["BRA"] } }],
      }),
    );
    // Bypasses validation on purpose: the position statement, which runs after the article
    // and its meeting were written, fails on a value that Neo4j cannot store as a property.
    const broken = {
      ...record,
      positions: record.positions.map((p) => ({ ...p, date: { not: "a date" } })),
    } as unknown as ArticleRecord;
    await expect(loadRecord(graph.executor, broken)).rejects.toThrow();
    expect(await countGraph(graph.executor)).toEqual(before);
  });
});
