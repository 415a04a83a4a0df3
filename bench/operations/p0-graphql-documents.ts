// The GraphQL documents P0-GraphQL (`bench/peers/p0-graphql/`) is asked: every key of P0's
// rows, by P0 route.
const MEETING_Q1 = `id kind date title
  countries { code name }
  participants { id name title country }
  positions { id stance topic holders }`;
const MEETING_Q3 = `id kind status date title location
  countries { code name }
  participants { id name title country }
  positions { id stance topic holders speakers }
  quotes { id text speaker }
  sources { id url publisher }
  evidence { article sentence start end }`;
const MEETING_Q6 = `id
  participants { id name meetings { id participants { id name } } }`;

/** Each P0 route's document, asked with the P0 request's body as its variables. */
export const P0_GRAPHQL_DOCUMENTS: Record<string, string> = {
  "/q1": `query Q1($country: String, $from: String, $to: String, $limit: Int) {
    q1(country: $country, from: $from, to: $to, limit: $limit) { meeting { ${MEETING_Q1} } }
  }`,
  "/q2": `query Q2($id: String, $limit: Int) {
    q2(id: $id, limit: $limit) { leader {
      id name title country
      meetings { id kind date title countries }
      positionsByTopic { topic positions { id stance date holders } }
    } }
  }`,
  "/q3": `query Q3($id: String) { q3(id: $id) { meeting { ${MEETING_Q3} } } }`,
  "/q4": `query Q4($topic: String, $from: String, $to: String) {
    q4(topic: $topic, from: $from, to: $to) { country support oppose concern }
  }`,
  "/q5": `query Q5($id: String, $from: String, $to: String, $limit: Int) {
    q5(id: $id, from: $from, to: $to, limit: $limit) { leader { id name title country } meetings }
  }`,
  "/q6": `query Q6($country: String, $from: String, $to: String, $limit: Int, $nested: Int) {
    q6(country: $country, from: $from, to: $to, limit: $limit, nested: $nested) {
      meeting { ${MEETING_Q6} }
    }
  }`,
};
