// count-counterparts($codes: [String], $from: String?, $to: String?, $asOf: String?): for each
// state, the states it met, with the number of distinct meetings whose interval overlaps
// [$from, $to], most met first.
UNWIND $codes AS code
MATCH (c:Country {code: code})
RETURN code, COLLECT {
  MATCH (c)-[:PARTICIPATED_IN]->(m:Meeting)<-[:PARTICIPATED_IN]-(other:Country)
  WHERE ($from IS NULL OR m.dateEnd >= date($from))
    AND ($to IS NULL OR m.dateStart <= date($to))
    AND ($asOf IS NULL OR EXISTS {
            MATCH (m)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(va:Article)
            WHERE va.publishedAt <= date($asOf) })
  WITH other, count(DISTINCT m) AS meetings
  RETURN {country: other {.code, .name}, meetings: meetings} AS counterpart
  ORDER BY meetings DESC, other.code
} AS counterparts
