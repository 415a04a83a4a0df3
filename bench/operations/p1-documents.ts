/** The GraphQL documents P1 (@neo4j/graphql 7) is asked: the same data as diplograph's. */
const TIMELINE_WHERE = `{
  countries: { some: { code: { eq: $country } } }
  dateStart: { lte: $to }
  dateEnd: { gte: $from }
}`;
const TIMELINE_SORT = `[{ dateStart: ASC }, { id: ASC }]`;
const TIMELINE_FIELDS = `
  id kind date title
  countries { code name }
  participants { id name offices { title country { code } } }
  positions { id stance topic { key } holders { code } }`;
const MEETING_FIELDS = `
  id kind status date title location
  countries { code name }
  participants { id name offices { title country { code } } }
  positions { id stance topic { key } holders { code } speakers { id } }
  quotes { id text speaker { id } }
  evidence { text start end article { id url publisher } }`;

export const P1_Q1_LIST = `query Q1($country: ID!, $from: Date!, $to: Date!) {
  meetings(where: ${TIMELINE_WHERE}, sort: ${TIMELINE_SORT}, limit: 20) { ${TIMELINE_FIELDS} }
}`;

export const P1_Q1_CURSOR = `query Q1($country: ID!, $from: Date!, $to: Date!) {
  meetingsConnection(where: ${TIMELINE_WHERE}, sort: ${TIMELINE_SORT}, first: 20) {
    edges { node { ${TIMELINE_FIELDS} } }
    pageInfo { hasNextPage endCursor }
  }
}`;

export const P1_Q3_LIST = `query Q3($id: ID!) {
  meetings(where: { id: { eq: $id } }) { ${MEETING_FIELDS} }
}`;

export const P1_Q3_CURSOR = `query Q3($id: ID!) {
  meetingsConnection(where: { id: { eq: $id } }, first: 1) { edges { node { ${MEETING_FIELDS} } } }
}`;

// Q2: P1 has no grouping; the canonical form groups the positions by topic.
const DOSSIER_PERSON = `id name offices { title country { code } }`;
const DOSSIER_MEETING = `id kind date title countries { code }`;
const DOSSIER_POSITION = `id stance date topic { key } holders { code }`;

export const P1_Q2_LIST = `query Q2($id: ID!) {
  people(where: { id: { eq: $id } }) {
    ${DOSSIER_PERSON}
    meetings(sort: [{ dateStart: DESC }, { id: DESC }], limit: 50) { ${DOSSIER_MEETING} }
    positions { ${DOSSIER_POSITION} }
  }
}`;

export const P1_Q2_CURSOR = `query Q2($id: ID!) {
  peopleConnection(where: { id: { eq: $id } }, first: 1) { edges { node {
    ${DOSSIER_PERSON}
    meetingsConnection(sort: [{ node: { dateStart: DESC } }, { node: { id: DESC } }], first: 50) {
      edges { node { ${DOSSIER_MEETING} } }
    }
    positionsConnection { edges { node { ${DOSSIER_POSITION} } } }
  } } }
}`;

// Q4: P1 cannot count by group; the client counts the positions it is sent.
const MATRIX_WHERE = `{ topic: { some: { key: { eq: $topic } } }, dateStart: { gte: $from, lte: $to } }`;

export const P1_Q4_LIST = `query Q4($topic: ID!, $from: Date!, $to: Date!) {
  positions(where: ${MATRIX_WHERE}) { stance holders { code } }
}`;

export const P1_Q4_CURSOR = `query Q4($topic: ID!, $from: Date!, $to: Date!) {
  positionsConnection(where: ${MATRIX_WHERE}) { edges { node { stance holders { code } } } }
}`;

// Q5: every meeting of the leader in the range with its participants; the client counts.
const RANGE_WHERE = `{ dateStart: { lte: $to }, dateEnd: { gte: $from } }`;
const COUNTERPART = `id participants { id name offices { title country { code } } }`;

export const P1_Q5_LIST = `query Q5($id: ID!, $from: Date!, $to: Date!) {
  people(where: { id: { eq: $id } }) { id meetings(where: ${RANGE_WHERE}) { ${COUNTERPART} } }
}`;

export const P1_Q5_CURSOR = `query Q5($id: ID!, $from: Date!, $to: Date!) {
  peopleConnection(where: { id: { eq: $id } }, first: 1) { edges { node {
    id meetingsConnection(where: { node: ${RANGE_WHERE} }) { edges { node { ${COUNTERPART} } } }
  } } }
}`;

// Q6: meetings, participants, their meetings in the range (oldest first), participants.
export const P1_Q6_LIST = `query Q6($country: ID!, $from: Date!, $to: Date!) {
  meetings(where: ${TIMELINE_WHERE}, sort: ${TIMELINE_SORT}, limit: 5) {
    id
    participants {
      id name
      meetings(where: ${RANGE_WHERE}, sort: ${TIMELINE_SORT}, limit: 5) {
        id participants { id name }
      }
    }
  }
}`;

export const P1_Q6_CURSOR = `query Q6($country: ID!, $from: Date!, $to: Date!) {
  meetingsConnection(where: ${TIMELINE_WHERE}, sort: ${TIMELINE_SORT}, first: 5) { edges { node {
    id
    participants {
      id name
      meetingsConnection(
        where: { node: ${RANGE_WHERE} }
        sort: [{ node: { dateStart: ASC } }, { node: { id: ASC } }]
        first: 5
      ) { edges { node { id participants { id name } } } }
    }
  } } }
}`;
