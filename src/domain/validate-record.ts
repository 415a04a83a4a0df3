import { type ArticleRecord, recordSchema } from "./record.js";

/** One thing wrong with a record, located by a JSON path such as `meetings[2].countries[0]`. */
export interface RecordProblem {
  path: string;
  message: string;
}

/** A record that is not a valid canonical record; `problems` lists every defect found. */
export class RecordValidationError extends Error {
  constructor(readonly problems: readonly RecordProblem[]) {
    super(problems.map((p) => `${p.path || "(record)"}: ${p.message}`).join("; "));
    this.name = "RecordValidationError";
  }
}

/**
 * Parses and validates a canonical record: the schema first, then what a schema
 * cannot say (unique local ids, references that resolve, offsets inside the text).
 * Throws a {@link RecordValidationError} listing every problem.
 */
export function parseRecord(input: unknown): ArticleRecord {
  const parsed = recordSchema.safeParse(input);
  if (!parsed.success) {
    throw new RecordValidationError(
      parsed.error.issues.map((issue) => ({
        path: formatPath(issue.path),
        message: issue.message,
      })),
    );
  }
  const problems = findReferenceProblems(parsed.data);
  if (problems.length > 0) throw new RecordValidationError(problems);
  return parsed.data;
}

function findReferenceProblems(record: ArticleRecord): RecordProblem[] {
  const problems: RecordProblem[] = [];
  const ids = collectIds(record, problems);
  const expect = (path: string, id: string, kind: keyof typeof ids): void => {
    if (!ids[kind].has(id)) problems.push({ path, message: `no ${kind} has the local id "${id}"` });
  };
  const expectEvidence = (path: string, evidence: readonly string[]): void =>
    evidence.forEach((id, i) => expect(`${path}.evidence[${i}]`, id, "sentence"));

  const textLength = record.article.text.length;
  record.sentences.forEach((s, i) => {
    if (s.end <= s.start || s.end > textLength)
      problems.push({
        path: `sentences[${i}]`,
        message: `range ${s.start}-${s.end} is not inside the text (length ${textLength})`,
      });
  });
  record.countries.forEach((c, i) =>
    c.mentions.forEach((id, j) => expect(`countries[${i}].mentions[${j}]`, id, "sentence")),
  );
  record.persons.forEach((p, i) =>
    p.offices.forEach((o, j) => {
      expect(`persons[${i}].offices[${j}].country`, o.country, "country");
      expectEvidence(`persons[${i}].offices[${j}]`, o.evidence);
    }),
  );
  record.organizations.forEach((o, i) => {
    if (o.country !== undefined) expect(`organizations[${i}].country`, o.country, "country");
  });
  record.meetings.forEach((m, i) => {
    m.countries.forEach((id, j) => expect(`meetings[${i}].countries[${j}]`, id, "country"));
    m.participants.forEach((p, j) =>
      expect(`meetings[${i}].participants[${j}].person`, p.person, "person"),
    );
    m.organizations.forEach((id, j) =>
      expect(`meetings[${i}].organizations[${j}]`, id, "organization"),
    );
    expectEvidence(`meetings[${i}]`, m.evidence);
  });
  record.positions.forEach((p, i) => {
    p.holders.forEach((id, j) => expect(`positions[${i}].holders[${j}]`, id, "country"));
    p.speakers.forEach((id, j) => expect(`positions[${i}].speakers[${j}]`, id, "person"));
    if (p.meeting !== undefined) expect(`positions[${i}].meeting`, p.meeting, "meeting");
    expectEvidence(`positions[${i}]`, p.evidence);
  });
  record.quotes.forEach((q, i) => {
    expect(`quotes[${i}].speaker`, q.speaker, "person");
    if (q.meeting !== undefined) expect(`quotes[${i}].meeting`, q.meeting, "meeting");
    if (q.end <= q.start || q.end > textLength)
      problems.push({ path: `quotes[${i}]`, message: "quote range is not inside the text" });
    expectEvidence(`quotes[${i}]`, q.evidence);
  });
  return problems;
}

type IdKind = "sentence" | "country" | "person" | "organization" | "meeting" | "position" | "quote";

function collectIds(record: ArticleRecord, problems: RecordProblem[]): Record<IdKind, Set<string>> {
  const collect = (kind: IdKind, path: string, items: readonly { id: string }[]): Set<string> => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id))
        problems.push({ path: `${path}[${i}].id`, message: `duplicate ${kind} id "${item.id}"` });
      seen.add(item.id);
    });
    return seen;
  };
  return {
    sentence: collect("sentence", "sentences", record.sentences),
    country: collect("country", "countries", record.countries),
    person: collect("person", "persons", record.persons),
    organization: collect("organization", "organizations", record.organizations),
    meeting: collect("meeting", "meetings", record.meetings),
    position: collect("position", "positions", record.positions),
    quote: collect("quote", "quotes", record.quotes),
  };
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`))
    .join("");
}
