import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { corpusRecords } from "../../bench/ingest/measure-ingest.js";
import { type ArticleRecord } from "../../src/domain/record.js";
import { parseRecord } from "../../src/domain/validate-record.js";
import { type OpenGraph } from "../../src/graph/open-graph.js";
import { loadRecord, loadRecords } from "../../src/ingest/load-record.js";
import { countGraph, dumpGraph, openTestGraph, resetGraph } from "../helpers/graph.js";
import { buildRecord } from "../helpers/records.js";

let graph: OpenGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(() => graph.close());
beforeEach(() => resetGraph(graph.executor));

/** Records whose meetings re-report each other at coarser and finer dates. */
function reReports(): ArticleRecord[] {
  const pair = ["FRA", "DEU"];
  return [
    buildRecord({ publisher: "A", meetings: [{ date: "2026-03", countries: pair }] }),
    buildRecord({
      publisher: "B",
      meetings: [{ date: "2026-03-05", countries: pair, participants: ["Otto Example"] }],
    }),
    buildRecord({
      publisher: "C",
      meetings: [{ date: "2026-03-05", countries: pair, jointStatement: true }],
      positions: [{ holders: ["FRA"], topic: { kind: "trade", args: ["FRA", "DEU"] }, meeting: 0 }],
    }),
    buildRecord({ meetings: [{ date: "2026-04-02", countries: pair }] }),
    buildRecord({ meetings: [{ status: "proposed", countries: pair }] }),
    buildRecord({ meetings: [{ status: "proposed", countries: pair }] }),
    buildRecord({ meetings: [{ kind: "call", date: "2026-03-05", countries: pair }] }),
  ].map(parseRecord);
}

async function loadOneByOne(records: ArticleRecord[]): Promise<string[]> {
  for (const record of records) await loadRecord(graph.executor, record);
  return dumpGraph(graph.executor);
}

describe("loadRecords (a batch of articles in one transaction)", () => {
  it("builds the same graph as loading the articles one at a time", async () => {
    const records = [...reReports(), ...corpusRecords({ seed: 7, meetings: 120, limit: 60 })];
    const oneByOne = await loadOneByOne(records);
    await resetGraph(graph.executor);
    const statementsBefore = graph.executor.statementCount;
    const result = await loadRecords(graph.executor, records);
    const statements = graph.executor.statementCount - statementsBefore;
    expect(result.articles.map((a) => a.outcome)).toEqual(records.map(() => "loaded"));
    expect(await dumpGraph(graph.executor)).toEqual(oneByOne);
    // As many round trips for the whole batch as for one article.
    expect(statements).toBeLessThanOrEqual(11);
  });

  it("reports articles already stored unchanged and writes only the new ones", async () => {
    const [first, second] = reReports();
    await loadRecord(graph.executor, first!);
    const before = await countGraph(graph.executor);
    const result = await loadRecords(graph.executor, [first!, second!]);
    expect(result.articles.map((a) => a.outcome)).toEqual(["unchanged", "loaded"]);
    expect(result.counters.nodesCreated).toBeGreaterThan(0);
    expect((await countGraph(graph.executor)).nodes).toBeGreaterThan(before.nodes);
  });

  it("writes none of the batch when one article's statement fails", async () => {
    const [good, other] = reReports();
    const broken = {
      ...other!,
      meetings: other!.meetings.map((m) => ({ ...m, title: { not: "a title" } })),
    } as unknown as ArticleRecord;
    const before = await countGraph(graph.executor);
    await expect(loadRecords(graph.executor, [good!, broken])).rejects.toThrow();
    expect(await countGraph(graph.executor)).toEqual(before);
  });
});
