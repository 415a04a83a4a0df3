// p0/q2-dossier($id: String, $limit: Int): a leader (office title and state), their newest
// meetings (with countries) and their positions grouped by topic (with holders). The corpus
// has no undated meeting, so DESC needs no rule for nulls.
MATCH (p:Person {id: $id})
OPTIONAL MATCH (p)-[:HOLDS_OFFICE]->(o:Office)-[:OF_COUNTRY]->(oc:Country)
CALL (p) {
  MATCH (p)-[:PARTICIPATED_IN]->(m:Meeting)
  WITH m ORDER BY m.dateStart DESC, m.id DESC LIMIT toInteger($limit)
  RETURN collect(m {
    .id, .kind, .date, .title,
    countries: COLLECT { MATCH (c:Country)-[:PARTICIPATED_IN]->(m) RETURN c.code ORDER BY c.code }
  }) AS meetings
}
CALL (p) {
  MATCH (p)-[:STATED]->(pos:Position)-[:ON_TOPIC]->(t:Topic)
  WITH t, pos ORDER BY pos.dateStart, pos.id
  WITH t, collect(pos {
    .id, .stance, .date,
    holders: COLLECT { MATCH (hc:Country)-[:HOLDS]->(pos) RETURN hc.code ORDER BY hc.code }
  }) AS positions
  ORDER BY t.key
  RETURN collect({topic: t.key, positions: positions}) AS positionsByTopic
}
RETURN p {.id, .name, title: o.title, country: oc.code, meetings: meetings,
          positionsByTopic: positionsByTopic} AS leader
