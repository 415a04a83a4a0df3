import { type BareArticle } from "./bare-loader.js";

type Row = Record<string, unknown>;

/** The keys of one article's nodes, asked before its mutation: v7 has no merge. */
export const P1_EXISTING_QUERY = /* GraphQL */ `
  query Existing(
    $articles: [ID!]!
    $countries: [ID!]!
    $regions: [ID!]!
    $persons: [ID!]!
    $offices: [ID!]!
    $meetings: [ID!]!
    $topics: [ID!]!
    $positions: [ID!]!
    $quotes: [ID!]!
  ) {
    articles(where: { id: { in: $articles } }) {
      id
    }
    countries(where: { code: { in: $countries } }) {
      code
    }
    regions(where: { slug: { in: $regions } }) {
      slug
    }
    people(where: { id: { in: $persons } }) {
      id
    }
    offices(where: { id: { in: $offices } }) {
      id
    }
    meetings(where: { id: { in: $meetings } }) {
      id
      participantsConnection {
        edges {
          node {
            id
          }
          properties {
            sources
          }
        }
      }
    }
    topics(where: { key: { in: $topics } }) {
      key
    }
    positions(where: { id: { in: $positions } }) {
      id
    }
    quotes(where: { id: { in: $quotes } }) {
      id
    }
  }
`;

/**
 * What the lookup found: keys already in the graph, and each meeting's participants with the
 * sources of their participation (a list `push` needs APOC, which the benchmark's Neo4j lacks,
 * so the update sets the list read here plus the article).
 */
export interface ExistingKeys {
  articles: Set<string>;
  countries: Set<string>;
  regions: Set<string>;
  persons: Set<string>;
  offices: Set<string>;
  meetings: Map<string, Map<string, string[]>>;
  topics: Set<string>;
  positions: Set<string>;
  quotes: Set<string>;
}

const ids = (rows: readonly Row[], key = "id"): string[] => [
  ...new Set(rows.map((r) => String(r[key]))),
];

/** The variables of P1_EXISTING_QUERY for one article. */
export function existingQueryVariables(article: BareArticle): Record<string, string[]> {
  return {
    articles: [String(article.articles.id)],
    countries: ids(article.countries, "code"),
    regions: ids(
      article.topics.flatMap((t) => t.regionArgs as Row[]),
      "slug",
    ),
    persons: ids(article.persons),
    offices: ids(article.offices),
    meetings: ids(article.meetings),
    topics: ids(article.topics, "key"),
    positions: ids(article.positions),
    quotes: ids(article.quotes),
  };
}

/** The first row of each key, in order: a record may name a node twice. */
function firstByKey(rows: readonly Row[], key = "id"): Row[] {
  const seen = new Map<string, Row>();
  for (const row of rows) if (!seen.has(String(row[key]))) seen.set(String(row[key]), row);
  return [...seen.values()];
}

const byId = (id: unknown) => ({ where: { node: { id: { eq: id } } } });
const byIds = (key: string, values: unknown[]) => ({ where: { node: { [key]: { in: values } } } });
const connectAll = (key: string, values: unknown[]) =>
  values.length > 0 ? { connect: [byIds(key, values)] } : undefined;

/** One root field of the mutation: `alias: field(args)` with its variables and their types. */
interface RootField {
  alias: string;
  call: string;
  variables: Record<string, [type: string, value: unknown]>;
}

const create = (field: string, type: string, input: Row[]): RootField[] =>
  input.length === 0
    ? []
    : [{ alias: field, call: `${field}(input: $${field})`, variables: { [field]: [type, input] } }];

/**
 * One article as the mutation a user of @neo4j/graphql 7 writes: `create*` of the nodes the
 * lookup did not find, each connected to existing nodes by key, then the article with its
 * sentences, whose evidence relationships connect from the (new) sentence to the facts they
 * support, so that facts already in the graph need no update of their own. A meeting already
 * in the graph gets an update: new participants connected, existing participations' sources
 * pushed. Root fields run in order (GraphQL executes a mutation's fields serially).
 */
export function articleMutation(
  article: BareArticle,
  existing: ExistingKeys,
): { document: string; variables: Row } {
  const articleId = String(article.articles.id);
  const isNew =
    (set: Set<string>, key = "id") =>
    (row: Row) =>
      !set.has(String(row[key]));
  const regions = firstByKey(
    article.topics.flatMap((t) => t.regionArgs as Row[]),
    "slug",
  ).filter(isNew(existing.regions, "slug"));
  const meetings = mergeMeetings(article.meetings);
  const fields: RootField[] = [
    ...create(
      "createCountries",
      "[CountryCreateInput!]!",
      firstByKey(article.countries, "code")
        .filter(isNew(existing.countries, "code"))
        .map(({ code, name }) => ({ code, name })),
    ),
    ...create("createRegions", "[RegionCreateInput!]!", regions),
    ...create(
      "createPeople",
      "[PersonCreateInput!]!",
      firstByKey(article.persons).filter(isNew(existing.persons)).map(personInput),
    ),
    ...create(
      "createTopics",
      "[TopicCreateInput!]!",
      firstByKey(article.topics, "key").filter(isNew(existing.topics, "key")).map(topicInput),
    ),
    ...create(
      "createOffices",
      "[OfficeCreateInput!]!",
      firstByKey(article.offices).filter(isNew(existing.offices)).map(officeInput),
    ),
    ...create(
      "createMeetings",
      "[MeetingCreateInput!]!",
      meetings.filter((m) => !existing.meetings.has(String(m.id))).map(meetingInput(articleId)),
    ),
    ...meetings
      .filter((m) => existing.meetings.has(String(m.id)))
      .map((m, i) =>
        meetingUpdate(m, existing.meetings.get(String(m.id)) ?? new Map(), articleId, i),
      ),
    ...create(
      "createPositions",
      "[PositionCreateInput!]!",
      mergePositions(article.positions).filter(isNew(existing.positions)).map(positionInput),
    ),
    ...create(
      "createQuotes",
      "[QuoteCreateInput!]!",
      firstByKey(article.quotes).filter(isNew(existing.quotes)).map(quoteInput),
    ),
    ...create("createArticles", "[ArticleCreateInput!]!", [articleInput(article)]),
  ];
  const variables = Object.assign({}, ...fields.map((f) => f.variables)) as Record<
    string,
    [string, unknown]
  >;
  const declarations = Object.entries(variables).map(([name, [type]]) => `$${name}: ${type}`);
  const document = `mutation LoadArticle(${declarations.join(", ")}) {\n${fields
    .map((f) => `  ${f.alias}: ${f.call} { info { nodesCreated relationshipsCreated } }`)
    .join("\n")}\n}`;
  return {
    document,
    variables: Object.fromEntries(Object.entries(variables).map(([k, [, v]]) => [k, v])),
  };
}

function personInput(p: Row): Row {
  const aliases = p.aliases as string[];
  // The bare loader's aliasText: reduce(t = '', x IN aliases | t + ' ' + x).
  const aliasText = aliases.map((a) => ` ${a}`).join("");
  return { id: p.id, name: p.name, aliases, searchName: p.searchName, aliasText };
}

function topicInput(t: Row): Row {
  const regionSlugs = (t.regionArgs as Row[]).map((r) => r.slug);
  return {
    key: t.key,
    kind: t.kind,
    args: t.args,
    label: t.label,
    concernsCountries: connectAll("code", t.countryArgs as unknown[]),
    concernsRegions: connectAll("slug", regionSlugs),
  };
}

function officeInput(o: Row): Row {
  return {
    id: o.id,
    title: o.title,
    countryCode: o.countryCode,
    from: o.from,
    to: o.to,
    holder: { connect: [byId(o.personId)] },
    country: { connect: [{ where: { node: { code: { eq: o.countryCode } } } }] },
  };
}

type Participant = { personId: string; role: string | null };

/** One row per meeting id: participants united (a later role wins), as MERGE would. */
function mergeMeetings(rows: readonly Row[]): Row[] {
  const byMeeting = new Map<string, Row>();
  for (const row of rows) {
    const seen = byMeeting.get(String(row.id));
    if (!seen) {
      byMeeting.set(String(row.id), { ...row });
      continue;
    }
    const participants = new Map((seen.participants as Participant[]).map((p) => [p.personId, p]));
    for (const p of row.participants as Participant[]) {
      participants.set(p.personId, {
        personId: p.personId,
        role: p.role ?? participants.get(p.personId)?.role ?? null,
      });
    }
    seen.participants = [...participants.values()];
  }
  return [...byMeeting.values()];
}

const meetingInput =
  (articleId: string) =>
  (m: Row): Row => ({
    id: m.id,
    kind: m.kind,
    countryKey: m.countryKey,
    status: m.status,
    date: m.date,
    datePrecision: m.datePrecision,
    dateStart: m.dateStart,
    dateEnd: m.dateEnd,
    title: m.title,
    location: m.location,
    jointStatement: m.jointStatement,
    agreements: m.agreements,
    countries: connectAll("code", m.countries as string[]),
    participants: participantConnects(m.participants as Participant[], articleId),
  });

function participantConnects(participants: Participant[], articleId: string): Row | undefined {
  if (participants.length === 0) return undefined;
  return {
    connect: participants.map((p) => ({
      ...byId(p.personId),
      edge: { role: p.role, sources: [articleId] },
    })),
  };
}

/** A meeting already in the graph: connect its new participants, push the article to the others. */
function meetingUpdate(
  m: Row,
  known: Map<string, string[]>,
  articleId: string,
  index: number,
): RootField {
  const participants = m.participants as Participant[];
  const fresh = participants.filter((p) => !known.has(p.personId));
  const update = {
    participants: [
      ...(fresh.length > 0 ? [participantConnects(fresh, articleId) as Row] : []),
      ...participants
        .filter((p) => known.has(p.personId))
        .map((p) => ({
          update: {
            where: { node: { id: { eq: p.personId } } },
            edge: {
              sources: { set: [...(known.get(p.personId) ?? []), articleId] },
              ...(p.role === null ? {} : { role: { set: p.role } }),
            },
          },
        })),
    ],
  };
  const [id, input] = [`meeting${index}`, `meetingUpdate${index}`];
  return {
    alias: `updateMeeting${index}`,
    call: `updateMeetings(where: { id: { eq: $${id} } }, update: $${input})`,
    variables: { [id]: ["ID!", m.id], [input]: ["MeetingUpdateInput!", update] },
  };
}

/** One row per position id, speakers united: the bare loader MERGEs each row's speakers. */
function mergePositions(rows: readonly Row[]): Row[] {
  const byPosition = new Map<string, Row>();
  for (const row of rows) {
    const seen = byPosition.get(String(row.id));
    if (seen) {
      seen.speakers = [...new Set([...(seen.speakers as string[]), ...(row.speakers as string[])])];
    } else byPosition.set(String(row.id), { ...row });
  }
  return [...byPosition.values()];
}

function positionInput(p: Row): Row {
  return {
    id: p.id,
    stance: p.stance,
    topicKey: p.topicKey,
    date: p.date,
    dateStart: p.dateStart,
    topic: { connect: [{ where: { node: { key: { eq: p.topicKey } } } }] },
    holders: connectAll("code", p.holders as string[]),
    speakers: connectAll("id", p.speakers as string[]),
    meeting: p.meetingId ? { connect: [byId(p.meetingId)] } : undefined,
  };
}

function quoteInput(q: Row): Row {
  return {
    id: q.id,
    text: q.text,
    date: q.date,
    speaker: { connect: [byId(q.speaker)] },
    meeting: q.meetingId ? { connect: [byId(q.meetingId)] } : undefined,
  };
}

/** The article, its mentions, and its sentences with the evidence they give. */
function articleInput(article: BareArticle): Row {
  const a = article.articles;
  const evidence = new Map<string, { kind: string; id: unknown; edge?: Row }[]>();
  const cite = (sentence: unknown, kind: string, id: unknown, edge?: Row): void => {
    const list = evidence.get(String(sentence)) ?? [];
    if (!list.some((e) => e.kind === kind && e.id === id)) list.push({ kind, id, edge });
    evidence.set(String(sentence), list);
  };
  for (const m of article.meetings)
    for (const s of m.evidence as string[]) cite(s, "meetings", m.id);
  for (const p of article.positions)
    for (const s of p.evidence as string[]) cite(s, "positions", p.id);
  for (const o of article.offices) for (const s of o.evidence as string[]) cite(s, "offices", o.id);
  for (const q of article.quotes) {
    for (const e of q.evidence as Row[])
      cite(e.sentence, "quotes", q.id, { start: e.start, end: e.end });
  }
  const evidenceOf = (sentence: unknown, kind: string): Row | undefined => {
    const cited = (evidence.get(String(sentence)) ?? []).filter((e) => e.kind === kind);
    if (cited.length === 0) return undefined;
    return { connect: cited.map((e) => ({ ...byId(e.id), ...(e.edge ? { edge: e.edge } : {}) })) };
  };
  return {
    id: a.id,
    url: a.url,
    title: a.title,
    publisher: a.publisher,
    author: a.author,
    publishedAt: a.publishedAt,
    language: a.language,
    textHash: a.textHash,
    recordHash: a.recordHash,
    text: a.text,
    mentions: connectAll("code", [...new Set(article.countries.map((c) => c.code))]),
    sentences: {
      create: article.sentences.map((s) => ({
        node: {
          id: s.id,
          index: s.index,
          articleId: s.articleId,
          text: s.text,
          start: s.start,
          end: s.end,
          evidenceOfMeetings: evidenceOf(s.id, "meetings"),
          evidenceOfPositions: evidenceOf(s.id, "positions"),
          evidenceOfOffices: evidenceOf(s.id, "offices"),
          evidenceOfQuotes: evidenceOf(s.id, "quotes"),
        },
      })),
    },
  };
}
