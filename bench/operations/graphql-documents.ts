/** The GraphQL documents diplograph is asked, as a dashboard would ask them. */
export const Q1_TIMELINE = `query Q1($country: ID!, $from: String, $to: String) {
  meetings(filter: {countries: [$country], from: $from, to: $to}, first: 20) {
    edges { node {
      id kind date title
      countries { code name }
      participants { id name title country { code } }
      positions { id stance topic { id } holders { code } }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

export const Q3_MEETING = `query Q3($id: ID!) {
  meeting(id: $id) {
    id kind status date title location
    countries { code name }
    participants { id name title country { code } }
    positions { id stance topic { id } holders { code } speakers { id } }
    quotes { id text speaker { id } }
    sources { id url publisher }
    evidence { sentence start end article { id } }
  }
}`;

/** A leader's dossier: the newest 50 meetings and every position, grouped by topic. */
export const Q2_DOSSIER = `query Q2($id: ID!) {
  leader(id: $id) {
    id name title country { code }
    meetings(first: 50, orderBy: DATE_DESC) { edges { node { id kind date title countries { code } } } }
    positionsByTopic { topic { id } positions { id stance date holders { code } } }
  }
}`;

/** A topic's stance matrix: per state, its positions of each stance in a range. */
export const Q4_STANCE_MATRIX = `query Q4($topic: ID!, $from: String, $to: String) {
  topic(id: $topic) {
    id
    stanceMatrix(from: $from, to: $to) { country { code } support oppose concern }
  }
}`;

/** Two hops: the leaders who met a leader most in a range. */
export const Q5_COUNTERPARTS = `query Q5($id: ID!, $from: String, $to: String) {
  leader(id: $id) {
    id
    counterparts(from: $from, to: $to, first: 10) {
      meetings
      leader { id name title country { code } }
    }
  }
}`;

/** A deep ad-hoc nest: meetings, their participants, their meetings, their participants. */
export const Q6_DEEP = `query Q6($country: ID!, $from: String, $to: String) {
  meetings(filter: {countries: [$country], from: $from, to: $to}, first: 5) {
    edges { node {
      id
      participants {
        id name
        meetings(filter: {from: $from, to: $to}, first: 5) {
          edges { node { id participants { id name } } }
        }
      }
    } }
  }
}`;
