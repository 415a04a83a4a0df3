// p2/leader-positions($id: String): the positions a person stated, with their topic key (to
// group them by topic), by date.
MATCH (:Person {id: $id})-[:STATED]->(pos:Position)-[:ON_TOPIC]->(t:Topic)
RETURN pos {.id, .stance, .date, topicKey: t.key} AS position
ORDER BY pos.dateStart, pos.id
