// p0/q6-deep($country: String, $from: String, $to: String, $limit: Int, $nested: Int): a
// state's first meetings overlapping [from, to] (ISO days), their participants, each
// participant's first meetings in the range, and those meetings' participants.
MATCH (:Country {code: $country})-[:PARTICIPATED_IN]->(m:Meeting)
WHERE m.dateStart <= date($to) AND m.dateEnd >= date($from)
WITH m ORDER BY m.dateStart, m.id LIMIT toInteger($limit)
RETURN m {
  .id,
  participants: COLLECT {
    MATCH (p:Person)-[:PARTICIPATED_IN]->(m)
    RETURN p {
      .id, .name,
      meetings: COLLECT {
        MATCH (p)-[:PARTICIPATED_IN]->(pm:Meeting)
        WHERE pm.dateStart <= date($to) AND pm.dateEnd >= date($from)
        WITH pm ORDER BY pm.dateStart, pm.id LIMIT toInteger($nested)
        RETURN pm {
          .id,
          participants: COLLECT {
            MATCH (pp:Person)-[:PARTICIPATED_IN]->(pm) RETURN pp {.id, .name} ORDER BY pp.id
          }
        }
      }
    } ORDER BY p.id
  }
} AS meeting
