import { escapeXmlAttribute, escapeXmlText } from "../lib/xml.js";
import { meetingCoding, participationCoding, positionCoding } from "./export-codes.js";
import {
  codeColumns,
  type ExportCountry,
  type ExportMeeting,
  type ExportPerson,
  type ExportPosition,
  type ExportItem,
  type ExportTopic,
  type ExportWriter,
} from "./export-rows.js";
import { FirstSeen } from "./references.js";
import { type TextOutput } from "./text-output.js";

type AttrType = "string" | "boolean" | "int";
type Attrs = Record<string, string | number | boolean | null | undefined>;

/**
 * The attributes of nodes and of edges, declared once in `<key>` elements with their
 * types. `label` is what Gephi shows (and yEd maps with its Properties Mapper).
 */
export const NODE_KEYS: Record<string, AttrType> = {
  label: "string",
  type: "string",
  code: "string",
  name: "string",
  title: "string",
  kind: "string",
  status: "string",
  date: "string",
  datePrecision: "string",
  location: "string",
  jointStatement: "boolean",
  agreements: "string",
  stance: "string",
  topicKind: "string",
  topicArgs: "string",
  cameoCode: "string",
  cameoLabel: "string",
  ploverType: "string",
  ploverMode: "string",
  sourceCount: "int",
};

export const EDGE_KEYS: Record<string, AttrType> = {
  label: "string",
  role: "string",
  title: "string",
  cameoCode: "string",
  cameoLabel: "string",
  ploverType: "string",
  ploverMode: "string",
};

function header(): string {
  const key = (scope: "node" | "edge", prefix: string, keys: Record<string, AttrType>): string[] =>
    Object.entries(keys).map(
      ([name, type]) =>
        `  <key id="${prefix}${name}" for="${scope}" attr.name="${name}" attr.type="${type}"/>`,
    );
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<graphml xmlns="http://graphml.graphdrawing.org/xmlns"`,
    `    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"`,
    `    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`,
    ...key("node", "n_", NODE_KEYS),
    ...key("edge", "e_", EDGE_KEYS),
    `  <graph id="diplograph" edgedefault="directed">`,
    "",
  ].join("\n");
}

function dataElements(prefix: string, attrs: Attrs, indent: string): string {
  return Object.entries(attrs)
    .filter(([, value]) => value !== null && value !== undefined && value !== "")
    .map(
      ([name, value]) =>
        `${indent}<data key="${prefix}${name}">${escapeXmlText(String(value))}</data>\n`,
    )
    .join("");
}

const nodeId = {
  country: (c: ExportCountry) => `country:${c.code}`,
  leader: (p: ExportPerson) => `leader:${p.id}`,
  meeting: (id: string) => `meeting:${id}`,
  position: (p: ExportPosition) => `position:${p.id}`,
  topic: (t: ExportTopic) => `topic:${t.key}`,
};

/**
 * A GraphML export (one directed graph) that Gephi and yEd open: nodes Country, Leader,
 * Meeting, Position and Topic; edges PARTICIPATED_IN (a state's or a leader's, with the
 * role and that side's codes), HOLDS_OFFICE (a leader's office, to its state), HOLDS,
 * STATED, ON_TOPIC and STATED_AT. Quotes are left out: they are text, not structure.
 * Streamed: each node is written once, before the first edge that names it.
 */
export function openGraphmlWriter(out: TextOutput): ExportWriter {
  return new GraphmlWriter(out);
}

class GraphmlWriter implements ExportWriter {
  readonly #written = new FirstSeen();
  #edges = 0;
  #started = false;
  /** What the current item adds, written in one chunk. */
  #buffer = "";

  constructor(private readonly out: TextOutput) {}

  async write(item: ExportItem): Promise<void> {
    this.#start();
    if (item.type === "meeting") this.#meeting(item.meeting);
    else if (item.type === "position") this.#position(item.position);
    // Quotes are not part of the drawing.
    const chunk = this.#buffer;
    this.#buffer = "";
    if (chunk !== "") await this.out.write(chunk);
  }

  async close(): Promise<void> {
    this.#start();
    await this.out.write(`${this.#buffer}  </graph>\n</graphml>\n`);
    await this.out.close();
  }

  #start(): void {
    if (!this.#started) this.#buffer += header();
    this.#started = true;
  }

  /** Adds a node the first time its id comes; true when it did. */
  #node(id: string, attrs: Attrs): boolean {
    if (!this.#written.take(id)) return false;
    const data = dataElements("n_", attrs, "      ");
    this.#buffer += `    <node id="${escapeXmlAttribute(id)}">\n${data}    </node>\n`;
    return true;
  }

  #edge(source: string, target: string, label: string, attrs: Attrs = {}): void {
    const ends = `source="${escapeXmlAttribute(source)}" target="${escapeXmlAttribute(target)}"`;
    const data = dataElements("e_", { label, ...attrs }, "      ");
    this.#buffer += `    <edge id="e${this.#edges++}" ${ends}>\n${data}    </edge>\n`;
  }

  #country(c: ExportCountry): string {
    const id = nodeId.country(c);
    this.#node(id, { label: c.name, type: "Country", code: c.code, name: c.name });
    return id;
  }

  /** A leader's node, and the first time, the edge to the state they serve. */
  #leader(p: ExportPerson): string {
    const id = nodeId.leader(p);
    const attrs = { label: p.name, type: "Leader", name: p.name, title: p.office?.title };
    if (this.#node(id, attrs) && p.office?.country) {
      const state = this.#country(p.office.country);
      this.#edge(id, state, "HOLDS_OFFICE", { title: p.office.title });
    }
    return id;
  }

  #topic(t: ExportTopic): string {
    const id = nodeId.topic(t);
    const args = t.args.join(";");
    this.#node(id, { label: t.label, type: "Topic", topicKind: t.kind, topicArgs: args });
    return id;
  }

  #position(p: ExportPosition): void {
    const id = nodeId.position(p);
    this.#node(id, {
      label: `${p.stance} ${p.topic.label}`,
      type: "Position",
      stance: p.stance,
      date: p.date,
      topicKind: p.topic.kind,
      topicArgs: p.topic.args.join(";"),
      ...codeColumns(positionCoding(p)),
      sourceCount: p.sources.length,
    });
    this.#edge(id, this.#topic(p.topic), "ON_TOPIC");
    for (const holder of p.holders) this.#edge(this.#country(holder), id, "HOLDS");
    for (const speaker of p.speakers) this.#edge(this.#leader(speaker), id, "STATED");
    if (p.meetingId !== null) this.#edge(id, nodeId.meeting(p.meetingId), "STATED_AT");
  }

  #meeting(m: ExportMeeting): void {
    const id = nodeId.meeting(m.id);
    this.#node(id, {
      label: m.title ?? `${m.kind} ${m.date ?? ""}`.trim(),
      type: "Meeting",
      kind: m.kind,
      status: m.status,
      date: m.date,
      datePrecision: m.datePrecision,
      title: m.title,
      location: m.location,
      jointStatement: m.jointStatement,
      agreements: (m.agreements ?? []).join("; "),
      ...codeColumns(meetingCoding(m)),
      sourceCount: m.sources.length,
    });
    for (const c of m.countries) this.#edge(this.#country(c), id, "PARTICIPATED_IN");
    for (const p of m.participants) {
      const codes = codeColumns(participationCoding(m, p));
      this.#edge(this.#leader(p), id, "PARTICIPATED_IN", { role: p.role, ...codes });
    }
    for (const p of m.positions) this.#position(p);
  }
}
