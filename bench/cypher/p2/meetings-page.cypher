// p2/meetings-page($country: String, $from: String, $to: String, $limit: Int): Query.meetings,
// the meetings of one state overlapping [from, to] (ISO days), oldest first, as nodes only.
MATCH (:Country {code: $country})-[:PARTICIPATED_IN]->(m:Meeting)
WHERE m.dateStart <= date($to) AND m.dateEnd >= date($from)
RETURN m {.id, .kind, .status, .date, .title, .location} AS meeting
ORDER BY m.dateStart, m.id
LIMIT toInteger($limit)
