// p0/q5-counterparts($id: String, $from: String, $to: String, $limit: Int): the persons who
// met a leader in the most distinct meetings overlapping [from, to] (ISO days), then by id,
// with their office.
MATCH (:Person {id: $id})-[:PARTICIPATED_IN]->(m:Meeting)<-[:PARTICIPATED_IN]-(other:Person)
WHERE m.dateStart <= date($to) AND m.dateEnd >= date($from)
WITH other, count(DISTINCT m) AS meetings
ORDER BY meetings DESC, other.id LIMIT toInteger($limit)
OPTIONAL MATCH (other)-[:HOLDS_OFFICE]->(o:Office)-[:OF_COUNTRY]->(oc:Country)
RETURN other {.id, .name, title: o.title, country: oc.code} AS leader, meetings
ORDER BY meetings DESC, leader.id
