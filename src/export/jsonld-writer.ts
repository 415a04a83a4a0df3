import { meetingCoding, participationCoding, positionCoding } from "./export-codes.js";
import {
  codeColumns,
  type ExportArticle,
  type ExportCountry,
  type ExportItem,
  type ExportMeeting,
  type ExportPerson,
  type ExportPosition,
  type ExportQuote,
  type ExportTopic,
  type ExportWriter,
} from "./export-rows.js";
import { FirstSeen, referencesOf } from "./references.js";
import { type TextOutput } from "./text-output.js";

/** The namespace of diplograph's own terms (not dereferenceable: a name, not a page). */
export const DIPLOGRAPH_VOCAB = "urn:diplograph:vocab:";

/**
 * schema.org for what it has words for (Event, Person, Country, NewsArticle, Quotation,
 * DefinedTerm), and a small diplograph vocabulary for the rest: meeting kind and status,
 * positions, and the CAMEO/PLOVER codes (docs/event-codes.md).
 */
export const JSONLD_CONTEXT = [
  "https://schema.org",
  {
    dg: DIPLOGRAPH_VOCAB,
    Position: "dg:Position",
    kind: "dg:kind",
    status: "dg:status",
    datePrecision: "dg:datePrecision",
    jointStatement: "dg:jointStatement",
    agreement: "dg:agreement",
    participatingCountry: "dg:participatingCountry",
    stance: "dg:stance",
    topic: "dg:topic",
    topicKind: "dg:topicKind",
    topicArgument: "dg:topicArgument",
    holder: "dg:holder",
    speaker: "dg:speaker",
    statedAt: "dg:statedAt",
    saidAt: "dg:saidAt",
    cameoCode: "dg:cameoCode",
    cameoLabel: "dg:cameoLabel",
    ploverType: "dg:ploverType",
    ploverMode: "dg:ploverMode",
  },
];

type Node = Record<string, unknown>;

/** Node IRIs: `urn:diplograph:meeting:<id>` and so on; keys may hold ":" and ",". */
export function iri(kind: string, key: string): string {
  return `urn:diplograph:${kind}:${encodeURIComponent(key).replace(/%3A/g, ":").replace(/%2C/g, ",")}`;
}

const ref = (kind: string, key: string): Node => ({ "@id": iri(kind, key) });
const articleRefs = (sources: readonly ExportArticle[]): Node[] =>
  sources.map((a) => ref("article", a.id));

/** Drops absent values, so that a node says only what is known. */
function compact(node: Node): Node {
  return Object.fromEntries(
    Object.entries(node).filter(
      ([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0),
    ),
  );
}

function countryNode(c: ExportCountry): Node {
  return { "@id": iri("country", c.code), "@type": "Country", name: c.name, identifier: c.code };
}

function personNode(p: ExportPerson): Node {
  return compact({
    "@id": iri("leader", p.id),
    "@type": "Person",
    name: p.name,
    jobTitle: p.office?.title,
    nationality: p.office?.country ? ref("country", p.office.country.code) : null,
  });
}

function topicNode(t: ExportTopic): Node {
  return compact({
    "@id": iri("topic", t.key),
    "@type": "DefinedTerm",
    name: t.label,
    termCode: t.key,
    topicKind: t.kind,
    topicArgument: t.args,
  });
}

function articleNode(a: ExportArticle): Node {
  return compact({
    "@id": iri("article", a.id),
    "@type": "NewsArticle",
    url: a.url,
    headline: a.title,
    publisher: a.publisher ? { "@type": "Organization", name: a.publisher } : null,
    datePublished: a.publishedAt,
  });
}

function meetingNode(m: ExportMeeting): Node {
  // A participant with a stated role is an attendee in schema.org's Role pattern, which
  // carries the role and that side's codes (042 guest, 043 host).
  const attendees = m.participants.map((p) =>
    p.role === null
      ? ref("leader", p.id)
      : {
          "@type": "Role",
          roleName: p.role,
          attendee: ref("leader", p.id),
          ...codeColumns(participationCoding(m, p)),
        },
  );
  return compact({
    "@id": iri("meeting", m.id),
    "@type": "Event",
    name: m.title ?? `${m.kind} ${m.countries.map((c) => c.name).join("-")}`,
    startDate: m.date,
    endDate: m.date,
    location: m.location ? { "@type": "Place", name: m.location } : null,
    attendee: attendees,
    participatingCountry: m.countries.map((c) => ref("country", c.code)),
    about: [...new Set(m.positions.map((p) => p.topic.key))].map((key) => ref("topic", key)),
    kind: m.kind,
    status: m.status,
    datePrecision: m.datePrecision,
    jointStatement: m.jointStatement,
    agreement: m.agreements ?? [],
    ...codeColumns(meetingCoding(m)),
    subjectOf: articleRefs(m.sources),
  });
}

function positionNode(p: ExportPosition): Node {
  return compact({
    "@id": iri("position", p.id),
    "@type": "Position",
    stance: p.stance,
    topic: ref("topic", p.topic.key),
    holder: p.holders.map((c) => ref("country", c.code)),
    speaker: p.speakers.map((s) => ref("leader", s.id)),
    statedAt: p.meetingId === null ? null : ref("meeting", p.meetingId),
    dateCreated: p.date,
    ...codeColumns(positionCoding(p)),
    subjectOf: articleRefs(p.sources),
  });
}

function quoteNode(q: ExportQuote): Node {
  return compact({
    "@id": iri("quote", q.id),
    "@type": "Quotation",
    text: q.text,
    spokenByCharacter: ref("leader", q.speaker.id),
    saidAt: q.meetingId === null ? null : ref("meeting", q.meetingId),
    dateCreated: q.date,
    isPartOf: articleRefs(q.sources),
  });
}

/**
 * A JSON-LD export: one document, `{"@context": ..., "@graph": [...]}`, each node once,
 * streamed as the graph is read (references before the facts that name them).
 */
export function openJsonLdWriter(out: TextOutput): ExportWriter {
  const written = new FirstSeen();
  let started = false;
  let count = 0;
  const emit = async (nodes: Node[]): Promise<void> => {
    let chunk = "";
    if (!started) chunk += `{\n"@context": ${JSON.stringify(JSONLD_CONTEXT)},\n"@graph": [\n`;
    started = true;
    for (const node of nodes) {
      if (!written.take(String(node["@id"]))) continue;
      chunk += `${count++ === 0 ? "" : ",\n"}${JSON.stringify(node)}`;
    }
    if (chunk !== "") await out.write(chunk);
  };
  return {
    write: async (item: ExportItem) => {
      const refs = referencesOf(item);
      const nodes = [
        ...refs.countries.map(countryNode),
        ...refs.people.map(personNode),
        ...refs.topics.map(topicNode),
        ...refs.articles.map(articleNode),
      ];
      if (item.type === "meeting") {
        nodes.push(meetingNode(item.meeting));
        nodes.push(...item.meeting.positions.map(positionNode));
        nodes.push(...item.meeting.quotes.map(quoteNode));
      } else if (item.type === "position") nodes.push(positionNode(item.position));
      else nodes.push(quoteNode(item.quote));
      await emit(nodes);
    },
    close: async () => {
      await emit([]);
      await out.write(count === 0 ? "]\n}\n" : "\n]\n}\n");
      await out.close();
    },
  };
}
