// p2/leader-counterparts($id: String, $from: String?, $to: String?, $limit: Int):
// Leader.counterparts, the persons met in the most distinct meetings overlapping [from, to].
MATCH (:Person {id: $id})-[:PARTICIPATED_IN]->(m:Meeting)<-[:PARTICIPATED_IN]-(other:Person)
WHERE ($to IS NULL OR m.dateStart <= date($to)) AND ($from IS NULL OR m.dateEnd >= date($from))
WITH other, count(DISTINCT m) AS meetings
ORDER BY meetings DESC, other.id
LIMIT toInteger($limit)
RETURN other {.id, .name} AS leader, meetings
