// p0/q1-timeline($country: String, $from: String, $to: String, $limit: Int): one page of a
// state's meetings whose interval overlaps [from, to] (ISO days), oldest first, with their
// countries, participants (with their office) and positions (topic, holders).
MATCH (:Country {code: $country})-[:PARTICIPATED_IN]->(m:Meeting)
WHERE m.dateStart <= date($to) AND m.dateEnd >= date($from)
WITH m ORDER BY m.dateStart, m.id LIMIT toInteger($limit)
RETURN m {
  .id, .kind, .date, .title,
  countries: COLLECT { MATCH (c:Country)-[:PARTICIPATED_IN]->(m) RETURN c {.code, .name} ORDER BY c.code },
  participants: COLLECT {
    MATCH (p:Person)-[:PARTICIPATED_IN]->(m)
    OPTIONAL MATCH (p)-[:HOLDS_OFFICE]->(o:Office)-[:OF_COUNTRY]->(oc:Country)
    RETURN p {.id, .name, title: o.title, country: oc.code} ORDER BY p.id
  },
  positions: COLLECT {
    MATCH (m)<-[:STATED_AT]-(pos:Position)-[:ON_TOPIC]->(t:Topic)
    RETURN pos {
      .id, .stance, topic: t.key,
      holders: COLLECT { MATCH (hc:Country)-[:HOLDS]->(pos) RETURN hc.code ORDER BY hc.code }
    } ORDER BY pos.id
  }
} AS meeting
