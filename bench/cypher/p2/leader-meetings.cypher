// p2/leader-meetings($id: String, $from: String?, $to: String?, $desc: Boolean, $limit: Int):
// Leader.meetings, a person's meetings overlapping [from, to] (ISO days, either open), oldest
// or newest first, as meeting nodes.
MATCH (:Person {id: $id})-[:PARTICIPATED_IN]->(m:Meeting)
WHERE ($to IS NULL OR m.dateStart <= date($to)) AND ($from IS NULL OR m.dateEnd >= date($from))
RETURN m {.id, .kind, .status, .date, .title, .location} AS meeting
ORDER BY CASE WHEN $desc THEN null ELSE m.dateStart END,
         CASE WHEN $desc THEN m.dateStart END DESC,
         CASE WHEN $desc THEN m.id END DESC,
         m.id
LIMIT toInteger($limit)
