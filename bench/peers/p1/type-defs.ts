/**
 * P1's schema: the graph model of docs/graph-model.md as @neo4j/graphql 7 type
 * definitions over the same labels and relationship types (no custom resolvers), so
 * that its generated Cypher reads the graph diplograph's loader wrote. The properties and
 * relationships that only the P1 mutation loader writes (bench/ingest/p1-mutation-loader.ts)
 * are here so that its generated mutations can build the same graph; reads do not ask them,
 * so they change none of the generated read Cypher.
 */
export const P1_TYPE_DEFS = /* GraphQL */ `
  type Meeting @node {
    id: ID!
    kind: String!
    status: String!
    date: String
    datePrecision: String
    dateStart: Date
    dateEnd: Date
    countryKey: String
    title: String
    location: String
    jointStatement: Boolean
    agreements: [String!]
    countries: [Country!]! @relationship(type: "PARTICIPATED_IN", direction: IN)
    participants: [Person!]!
      @relationship(type: "PARTICIPATED_IN", direction: IN, properties: "Participation")
    positions: [Position!]! @relationship(type: "STATED_AT", direction: IN)
    quotes: [Quote!]! @relationship(type: "SAID_AT", direction: IN)
    evidence: [Sentence!]! @relationship(type: "EVIDENCED_BY", direction: OUT)
  }

  type Participation @relationshipProperties {
    role: String
    sources: [String!]
  }

  type Country @node {
    code: ID!
    name: String!
    meetings: [Meeting!]! @relationship(type: "PARTICIPATED_IN", direction: OUT)
  }

  type Region @node {
    slug: ID!
    name: String
  }

  type Person @node {
    id: ID!
    name: String!
    aliases: [String!]
    searchName: String
    aliasText: String
    offices: [Office!]! @relationship(type: "HOLDS_OFFICE", direction: OUT)
    meetings: [Meeting!]! @relationship(type: "PARTICIPATED_IN", direction: OUT)
    positions: [Position!]! @relationship(type: "STATED", direction: OUT)
  }

  type Office @node {
    id: ID!
    title: String!
    countryCode: String
    from: String
    to: String
    holder: [Person!]! @relationship(type: "HOLDS_OFFICE", direction: IN)
    country: [Country!]! @relationship(type: "OF_COUNTRY", direction: OUT)
  }

  type Position @node {
    id: ID!
    stance: String!
    topicKey: String
    date: String
    dateStart: Date
    topic: [Topic!]! @relationship(type: "ON_TOPIC", direction: OUT)
    holders: [Country!]! @relationship(type: "HOLDS", direction: IN)
    speakers: [Person!]! @relationship(type: "STATED", direction: IN)
    meeting: [Meeting!]! @relationship(type: "STATED_AT", direction: OUT)
  }

  type Topic @node {
    key: ID!
    kind: String
    args: [String!]
    label: String!
    concernsCountries: [Country!]! @relationship(type: "CONCERNS", direction: OUT)
    concernsRegions: [Region!]! @relationship(type: "CONCERNS", direction: OUT)
  }

  type Quote @node {
    id: ID!
    text: String!
    date: String
    speaker: [Person!]! @relationship(type: "SAID", direction: IN)
    meeting: [Meeting!]! @relationship(type: "SAID_AT", direction: OUT)
  }

  type QuoteEvidence @relationshipProperties {
    start: Int
    end: Int
  }

  type Sentence @node {
    id: ID!
    index: Int
    articleId: String
    text: String!
    start: Int!
    end: Int!
    article: [Article!]! @relationship(type: "IN_ARTICLE", direction: OUT)
    evidenceOfMeetings: [Meeting!]! @relationship(type: "EVIDENCED_BY", direction: IN)
    evidenceOfPositions: [Position!]! @relationship(type: "EVIDENCED_BY", direction: IN)
    evidenceOfOffices: [Office!]! @relationship(type: "EVIDENCED_BY", direction: IN)
    evidenceOfQuotes: [Quote!]!
      @relationship(type: "EVIDENCED_BY", direction: IN, properties: "QuoteEvidence")
  }

  type Article @node {
    id: ID!
    url: String
    title: String
    publisher: String
    author: String
    publishedAt: Date
    language: String
    textHash: String
    recordHash: String
    text: String
    mentions: [Country!]! @relationship(type: "MENTIONS", direction: OUT)
    sentences: [Sentence!]! @relationship(type: "IN_ARTICLE", direction: IN)
  }
`;
