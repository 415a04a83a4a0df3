/**
 * P0-GraphQL's schema: the rows of P0's statements as they are (`bench/cypher/p0/`), one root
 * field per P0 route, so that the GraphQL layer walks exactly the data P0 sends. Every field
 * is nullable and resolved by graphql-js's default resolver: nothing is checked or converted
 * that P0 does not check or convert.
 */
export const P0_GRAPHQL_SDL = /* GraphQL */ `
  type Query {
    q1(country: String, from: String, to: String, limit: Int): [MeetingRecord]
    q2(id: String, limit: Int): [LeaderRecord]
    q3(id: String): [MeetingRecord]
    q4(topic: String, from: String, to: String): [StanceRecord]
    q5(id: String, from: String, to: String, limit: Int): [CounterpartRecord]
    q6(country: String, from: String, to: String, limit: Int, nested: Int): [MeetingRecord]
  }
  type MeetingRecord {
    meeting: Meeting
  }
  type Meeting {
    id: String
    kind: String
    status: String
    date: String
    title: String
    location: String
    countries: [Country]
    participants: [Participant]
    positions: [Position]
    quotes: [Quote]
    sources: [Source]
    evidence: [Evidence]
  }
  type Country {
    code: String
    name: String
  }
  type Participant {
    id: String
    name: String
    title: String
    country: String
    meetings: [Meeting]
  }
  type Position {
    id: String
    stance: String
    topic: String
    holders: [String]
    speakers: [String]
  }
  type Quote {
    id: String
    text: String
    speaker: String
  }
  type Source {
    id: String
    url: String
    publisher: String
  }
  type Evidence {
    article: String
    sentence: String
    start: Int
    end: Int
  }
  type LeaderRecord {
    leader: Leader
  }
  type Leader {
    id: String
    name: String
    title: String
    country: String
    meetings: [DossierMeeting]
    positionsByTopic: [TopicPositions]
  }
  type DossierMeeting {
    id: String
    kind: String
    date: String
    title: String
    countries: [String]
  }
  type TopicPositions {
    topic: String
    positions: [DossierPosition]
  }
  type DossierPosition {
    id: String
    stance: String
    date: String
    holders: [String]
  }
  type StanceRecord {
    country: String
    support: Int
    oppose: Int
    concern: Int
  }
  type CounterpartRecord {
    leader: Leader
    meetings: Int
  }
`;
