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
