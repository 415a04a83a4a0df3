// count-counterparts($codes: [String], $filter: {from: String?, to: String?}, $asOf: {date: String?}): for each
// state, the states it met, with the number of distinct meetings whose interval overlaps
// [$filter.from, $filter.to], most met first.
UNWIND $codes AS code
MATCH (c:Country {code: code})
RETURN code, COLLECT {
  MATCH (c)-[:PARTICIPATED_IN]->(m:Meeting)<-[:PARTICIPATED_IN]-(other:Country)
  WHERE ($filter.from IS NULL OR m.dateEnd >= date($filter.from))
    AND ($filter.to IS NULL OR m.dateStart <= date($filter.to))
    AND ($asOf.date IS NULL OR EXISTS {
            MATCH (m)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(va:Article)
            WHERE va.publishedAt <= date($asOf.date) })
  WITH other, count(DISTINCT m) AS meetings
  RETURN {country: other {.code, .name}, meetings: meetings} AS counterpart
  ORDER BY meetings DESC, other.code
} AS counterparts
