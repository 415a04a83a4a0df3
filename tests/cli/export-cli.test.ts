import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { SaxesParser } from "saxes";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseRecord } from "../../src/domain/validate-record.js";
import { type OpenGraph } from "../../src/graph/open-graph.js";
import { loadRecord } from "../../src/ingest/load-record.js";
import { projectPath } from "../../src/lib/paths.js";
import { runCli } from "../helpers/cli.js";
import { openTestGraph, resetGraph } from "../helpers/graph.js";
import { buildRecord } from "../helpers/records.js";

// What analysts' tools will choke on if the writers escape badly.
const HOSTILE_TITLE = `Talks on "A & B", <draft> 'v2'\nline two; ]]> \u0007`;
const HOSTILE_QUOTE = `We said "no", twice,\r\nand meant it & more <b>.`;

type CsvRow = Record<string, string>;

function readCsv(dir: string, file: string): CsvRow[] {
  return parse(readFileSync(join(dir, file)), { columns: true, bom: true }) as CsvRow[];
}

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** A strict XML 1.0 parse (saxes rejects any well-formedness error) into a small tree. */
function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false });
  const root: XmlElement = { name: "#document", attributes: {}, children: [], text: "" };
  const stack = [root];
  parser.on("opentag", (tag) => {
    const element = {
      name: tag.name,
      attributes: tag.attributes as Record<string, string>,
      children: [],
      text: "",
    };
    stack.at(-1)!.children.push(element);
    stack.push(element);
  });
  parser.on("text", (text) => {
    stack.at(-1)!.text += text;
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.write(xml).close();
  return root.children[0]!;
}

/** A GraphML node's or edge's data values by attribute name, through the <key> declarations. */
function dataOf(element: XmlElement, keyNames: Map<string, string>): Record<string, string> {
  return Object.fromEntries(
    element.children
      .filter((c) => c.name === "data")
      .map((d) => [keyNames.get(d.attributes.key!) ?? "?", d.text]),
  );
}

let graph: OpenGraph;
let workDir: string;

beforeAll(async () => {
  graph = await openTestGraph();
  await resetGraph(graph.executor);
  const seed = projectPath("seeds/01-donga-lee-takaichi-summit.record.json");
  await loadRecord(graph.executor, parseRecord(JSON.parse(readFileSync(seed, "utf8"))));
  // A second article with strings that need quoting and escaping, and other states.
  const record = buildRecord({
    publishedAt: "2026-02-03",
    meetings: [
      { kind: "meeting", date: "2026-02-02", countries: ["FRA", "DEU"], participants: ["Ana"] },
    ],
    quotes: [{ speaker: "Ana", text: HOSTILE_QUOTE, meeting: 0 }],
    leaders: [{ name: "Ana", country: "FRA", title: "Foreign Minister" }],
  });
  const meeting = (record.meetings as { title?: string; agreements?: string[] }[])[0]!;
  meeting.title = HOSTILE_TITLE;
  meeting.agreements = ["a treaty, signed"];
  await loadRecord(graph.executor, parseRecord(record));
  workDir = mkdtempSync(join(tmpdir(), "diplograph-export-"));
});
afterAll(() => graph.close());

describe("diplograph export --format csv", () => {
  let dir: string;
  let summary: Record<string, unknown>;
  beforeAll(async () => {
    dir = join(workDir, "all");
    const run = await runCli(["export", "--format", "csv", "--out", dir, "--json"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    summary = JSON.parse(run.stdout) as Record<string, unknown>;
  });

  it("reports what it wrote as JSON on stdout", () => {
    expect(summary).toMatchObject({ format: "csv", out: dir, meetings: 5, quotes: 5 });
  });

  it("writes the 13 January 2026 KOR-JPN summit with its CAMEO and PLOVER codes", () => {
    const summits = readCsv(dir, "meetings.csv").filter((m) => m.date === "2026-01-13");
    expect(summits).toEqual([
      expect.objectContaining({
        kind: "summit",
        status: "held",
        countries: "JPN;KOR",
        jointStatement: "true",
        cameoCode: "040",
        cameoLabel: "Consult, not specified below",
        ploverType: "CONSULT",
        ploverMode: "",
      }),
    ]);
    const summitId = summits[0]!.meetingId;
    const participants = readCsv(dir, "participants.csv").filter((p) => p.meetingId === summitId);
    expect(participants.map((p) => `${p.leaderId} ${p.countryCode} ${p.title}`)).toEqual([
      "lee-jae-myung KOR President",
      "sanae-takaichi JPN Prime Minister",
    ]);
    const positions = readCsv(dir, "positions.csv");
    expect(positions).toContainEqual(
      expect.objectContaining({
        meetingId: summitId,
        stance: "support",
        topicKey: "denuclearization:korean-peninsula",
        holders: "JPN;KOR",
        cameoCode: "051",
        ploverType: "SUPPORT",
      }),
    );
  });

  it("codes a guest's side of a visit and a signing", () => {
    const guest = readCsv(dir, "participants.csv").find((p) => p.role === "guest");
    expect(guest).toMatchObject({
      leaderId: "lee-jae-myung",
      cameoCode: "042",
      ploverMode: "visit",
    });
    const signing = readCsv(dir, "meetings.csv").find((m) => m.countries === "DEU;FRA");
    expect(signing).toMatchObject({ cameoCode: "057", ploverType: "SUPPORT" });
    expect(readCsv(dir, "agreements.csv")).toEqual([
      { meetingId: signing!.meetingId, agreement: "a treaty, signed" },
    ]);
  });

  it("quotes fields so that commas, quotes and line breaks read back exactly", () => {
    const meetings = readCsv(dir, "meetings.csv");
    expect(meetings.map((m) => m.title)).toContain(HOSTILE_TITLE);
    expect(readCsv(dir, "quotes.csv").map((q) => q.text)).toContain(HOSTILE_QUOTE);
    // RFC 4180: records end in CRLF; the header names the columns.
    expect(readFileSync(join(dir, "countries.csv"), "utf8")).toMatch(/^code,name\r\n/);
  });

  it("writes each country, leader and article once", () => {
    const codes = readCsv(dir, "countries.csv").map((c) => c.code);
    expect(codes.sort()).toEqual(["CHN", "DEU", "FRA", "JPN", "KOR", "PRK"]);
    const leaders = readCsv(dir, "leaders.csv").map((l) => l.leaderId);
    expect(leaders.sort()).toEqual(["ana", "lee-jae-myung", "sanae-takaichi"]);
    expect(readCsv(dir, "articles.csv")).toHaveLength(2);
  });

  it("narrows to what a filter selects", async () => {
    const narrow = join(workDir, "kor-jpn");
    const run = await runCli([
      "export",
      "--format",
      "csv",
      "--out",
      narrow,
      "--country",
      "KOR",
      "--country",
      "jpn",
      "--from",
      "2026-01-13",
      "--to",
      "2026-01-13",
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^exported 1 meetings, 2 participations, 7 positions, 1 quotes/);
    expect(readCsv(narrow, "meetings.csv").map((m) => m.date)).toEqual(["2026-01-13"]);
    expect(
      readCsv(narrow, "countries.csv")
        .map((c) => c.code)
        .sort(),
    ).toEqual(["JPN", "KOR"]);
    expect(readCsv(narrow, "quotes.csv").map((q) => q.leaderId)).toEqual(["sanae-takaichi"]);
  });
});

describe("diplograph export --format graphml", () => {
  let root: XmlElement;
  beforeAll(async () => {
    const run = await runCli(["export", "--format", "graphml"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/as graphml to standard output/);
    root = parseXml(run.stdout);
  });

  it("is well-formed GraphML with typed <key> declarations", () => {
    expect(root.name).toBe("graphml");
    expect(root.attributes.xmlns).toBe("http://graphml.graphdrawing.org/xmlns");
    const keys = root.children.filter((c) => c.name === "key");
    expect(keys.length).toBeGreaterThan(10);
    for (const key of keys) {
      expect(["node", "edge"]).toContain(key.attributes.for);
      expect(["string", "boolean", "int"]).toContain(key.attributes["attr.type"]);
    }
    expect(root.children.at(-1)).toMatchObject({
      name: "graph",
      attributes: { edgedefault: "directed" },
    });
  });

  it("holds the summit, its participants and positions, each node before its edges", () => {
    const keyNames = new Map(
      root.children
        .filter((c) => c.name === "key")
        .map((k) => [k.attributes.id!, k.attributes["attr.name"]!]),
    );
    const graphElement = root.children.find((c) => c.name === "graph")!;
    const declared = new Set<string>();
    const nodes = new Map<string, Record<string, string>>();
    const edges: { source: string; target: string; data: Record<string, string> }[] = [];
    for (const element of graphElement.children) {
      if (element.name === "node") {
        declared.add(element.attributes.id!);
        nodes.set(element.attributes.id!, dataOf(element, keyNames));
      } else {
        const { source, target } = element.attributes as { source: string; target: string };
        expect(declared.has(source), `${source} before its edge`).toBe(true);
        expect(declared.has(target), `${target} before its edge`).toBe(true);
        edges.push({ source, target, data: dataOf(element, keyNames) });
      }
    }
    const [summitId, summit] = [...nodes].find(
      ([, d]) => d.date === "2026-01-13" && d.type === "Meeting",
    )!;
    expect(summit).toMatchObject({ kind: "summit", cameoCode: "040", ploverType: "CONSULT" });
    const into = (id: string, label: string): string[] =>
      edges
        .filter((e) => e.target === id && e.data.label === label)
        .map((e) => e.source)
        .sort();
    expect(into(summitId, "PARTICIPATED_IN")).toEqual([
      "country:JPN",
      "country:KOR",
      "leader:lee-jae-myung",
      "leader:sanae-takaichi",
    ]);
    const stated = into(summitId, "STATED_AT");
    expect(stated.length).toBe(7);
    expect(nodes.get(stated[0]!)).toMatchObject({ type: "Position", cameoCode: "051" });
    expect(nodes.get("leader:lee-jae-myung")).toMatchObject({ type: "Leader", title: "President" });
    // The hostile title reads back exactly, its bell character replaced (XML 1.0 cannot carry it).
    expect([...nodes.values()].map((d) => d.title)).toContain(
      HOSTILE_TITLE.replace("\u0007", "\uFFFD"),
    );
  });
});

describe("diplograph export --format jsonld", () => {
  type Node = Record<string, unknown> & { "@id": string; "@type": string };
  let nodes: Node[];
  let document: { "@context": unknown[]; "@graph": Node[] };
  beforeAll(async () => {
    const file = join(workDir, "export.jsonld");
    const run = await runCli(["export", "--format", "jsonld", "--out", file]);
    expect(run.code).toBe(0);
    document = JSON.parse(readFileSync(file, "utf8")) as typeof document;
    nodes = document["@graph"];
  });

  it("uses schema.org with a diplograph vocabulary for the codes", () => {
    expect(document["@context"][0]).toBe("https://schema.org");
    expect(document["@context"][1]).toMatchObject({ cameoCode: "dg:cameoCode" });
    expect(new Set(nodes.map((n) => n["@id"])).size).toBe(nodes.length);
  });

  it("describes the summit as an Event with its attendees, topics and codes", () => {
    const summit = nodes.find((n) => n["@type"] === "Event" && n.startDate === "2026-01-13")!;
    expect(summit).toMatchObject({
      name: "South Korea-Japan summit",
      endDate: "2026-01-13",
      kind: "summit",
      cameoCode: "040",
      ploverType: "CONSULT",
      attendee: [
        { "@id": "urn:diplograph:leader:lee-jae-myung" },
        { "@id": "urn:diplograph:leader:sanae-takaichi" },
      ],
    });
    expect(summit.about).toContainEqual({
      "@id": "urn:diplograph:topic:denuclearization:korean-peninsula",
    });
    expect(nodes).toContainEqual(
      expect.objectContaining({
        "@type": "Person",
        name: "Lee Jae-myung",
        jobTitle: "President",
        nationality: { "@id": "urn:diplograph:country:KOR" },
      }),
    );
    expect(nodes).toContainEqual(
      expect.objectContaining({
        "@type": "Position",
        stance: "support",
        statedAt: { "@id": summit["@id"] },
        cameoCode: "051",
      }),
    );
  });

  it("gives a participant with a role a schema.org Role with that side's codes", () => {
    const visit = nodes.find((n) => n["@type"] === "Event" && n.kind === "visit")!;
    expect(visit.attendee).toEqual([
      {
        "@type": "Role",
        roleName: "guest",
        attendee: { "@id": "urn:diplograph:leader:lee-jae-myung" },
        cameoCode: "042",
        cameoLabel: "Make a visit",
        ploverType: "CONSULT",
        ploverMode: "visit",
      },
    ]);
  });

  it("defines every node it refers to", () => {
    const ids = new Set(nodes.map((n) => n["@id"]));
    const refs = JSON.stringify(nodes).match(/\{"@id":"urn:diplograph:[^"]+"\}/g) ?? [];
    expect(refs.length).toBeGreaterThan(20);
    for (const ref of refs) expect(ids).toContain((JSON.parse(ref) as { "@id": string })["@id"]);
  });

  it("narrows to a leader's meetings", async () => {
    const run = await runCli(["export", "--format", "jsonld", "--leader", "ana"]);
    expect(run.code).toBe(0);
    const events = (JSON.parse(run.stdout) as typeof document)["@graph"].filter(
      (n) => n["@type"] === "Event",
    );
    expect(events.map((e) => e.name)).toEqual([HOSTILE_TITLE]);
  });
});

describe("diplograph export errors", () => {
  it("exits 2 on an unknown format, naming the choices", async () => {
    const run = await runCli(["export", "--format", "xml"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Allowed choices are csv, graphml, jsonld");
  });

  it("exits 2 when the output cannot be written, naming the path", async () => {
    const file = join(workDir, "a-file");
    writeFileSync(file, "");
    const run = await runCli(["export", "--format", "csv", "--out", join(file, "dir")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`cannot write into ${join(file, "dir")}`);
  });

  it("exits 2 on a malformed filter before reading anything", async () => {
    const run = await runCli(["export", "--format", "jsonld", "--to", "2026-02-30"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--to "2026-02-30" is not a date');
    expect(run.stdout).toBe("");
  });
});
