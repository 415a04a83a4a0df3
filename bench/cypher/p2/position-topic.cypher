// p2/position-topic($id: String): Position.topic.
MATCH (:Position {id: $id})-[:ON_TOPIC]->(t:Topic)
RETURN t {id: t.key, .kind, .args, .label} AS topic
