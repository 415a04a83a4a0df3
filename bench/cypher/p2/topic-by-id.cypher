// p2/topic-by-id($id: String): Query.topic and TopicPositions.topic, one topic node.
MATCH (t:Topic {key: $id})
RETURN t {id: t.key, .kind, .args, .label} AS topic
