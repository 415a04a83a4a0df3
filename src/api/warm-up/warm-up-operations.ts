/**
 * One operation per read statement of the API, each with the widest selection its root
 * field allows, run once at start-up (see warm-up-plans.ts). Ids that match nothing are
 * fine: Neo4j plans a statement whatever its parameters' values. Each one reads little
 * (first: 1, no totalCount, empty ranges): on a large graph the warm-up must stay short.
 */
export const WARM_UP_OPERATIONS: readonly string[] = [
  `{ meetings(first: 1, filter: {countries: ["KOR"], from: "2000", to: "2030"}) {
      edges { node { id countries { code } participants { id country { code } }
        positions { id topic { id } holders { code } speakers { id } evidence { sentence } sources { id } }
        quotes { id speaker { id } } sources { id } evidence { sentence article { id } } } }
      pageInfo { endCursor } } }`,
  `{ meeting(id: "warm-up") { id } }`,
  `{ meetingStats(interval: MONTH, filter: {countries: ["KOR"]}) { period count } }`,
  `{ leaders(first: 1, filter: {countries: ["KOR"]}) { edges { node { id positions { id sources { id } evidence { sentence } } } } } }`,
  `{ leader(id: "warm-up") { id } }`,
  `{ countries { code } }`,
  `{ country(code: "KOR") { code counterparts(from: "1000", to: "1000") { meetings } } }`,
  `{ articles(first: 1) { edges { node { id } } } }`,
  `{ article(id: "warm-up") { id } }`,
  `{ positions(first: 1) { edges { node { id sources { id } meeting { id } } } } }`,
  `{ quotes(first: 1) { edges { node { id } } } }`,
  `{ topics { id positions(first: 1) { edges { node { id sources { id } } } } } }`,
  `{ topic(id: "warm-up") { id stanceMatrix(from: "2000", to: "2030") { support } } }`,
  `{ search(text: "warm up", first: 1) { id } }`,
];
