// p2/meeting-by-id($id: String): Query.meeting, one meeting node.
MATCH (m:Meeting {id: $id})
RETURN m {.id, .kind, .status, .date, .title, .location} AS meeting
