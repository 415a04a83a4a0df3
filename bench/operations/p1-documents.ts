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
