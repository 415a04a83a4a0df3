/**
 * P1's schema: the graph model of docs/graph-model.md as @neo4j/graphql 7 type
 * definitions over the same labels and relationship types (no custom resolvers), so
 * that its generated Cypher reads the graph diplograph's loader wrote.
 */
export const P1_TYPE_DEFS = /* GraphQL */ `
  type Meeting @node {
    id: ID!
    kind: String!
    status: String!
    date: String
    dateStart: Date
    dateEnd: Date
    title: String
    location: String
    countries: [Country!]! @relationship(type: "PARTICIPATED_IN", direction: IN)
    participants: [Person!]! @relationship(type: "PARTICIPATED_IN", direction: IN)
    positions: [Position!]! @relationship(type: "STATED_AT", direction: IN)
    quotes: [Quote!]! @relationship(type: "SAID_AT", direction: IN)
    evidence: [Sentence!]! @relationship(type: "EVIDENCED_BY", direction: OUT)
  }

  type Country @node {
    code: ID!
    name: String!
    meetings: [Meeting!]! @relationship(type: "PARTICIPATED_IN", direction: OUT)
  }

  type Person @node {
    id: ID!
    name: String!
    offices: [Office!]! @relationship(type: "HOLDS_OFFICE", direction: OUT)
    meetings: [Meeting!]! @relationship(type: "PARTICIPATED_IN", direction: OUT)
    positions: [Position!]! @relationship(type: "STATED", direction: OUT)
  }

  type Office @node {
    id: ID!
    title: String!
    from: String
    country: [Country!]! @relationship(type: "OF_COUNTRY", direction: OUT)
  }

  type Position @node {
    id: ID!
    stance: String!
    date: String
    dateStart: Date
    topic: [Topic!]! @relationship(type: "ON_TOPIC", direction: OUT)
    holders: [Country!]! @relationship(type: "HOLDS", direction: IN)
    speakers: [Person!]! @relationship(type: "STATED", direction: IN)
  }

  type Topic @node {
    key: ID!
    label: String!
  }

  type Quote @node {
    id: ID!
    text: String!
    speaker: [Person!]! @relationship(type: "SAID", direction: IN)
  }

  type Sentence @node {
    id: ID!
    text: String!
    start: Int!
    end: Int!
    article: [Article!]! @relationship(type: "IN_ARTICLE", direction: OUT)
  }

  type Article @node {
    id: ID!
    url: String
    publisher: String
  }
`;
