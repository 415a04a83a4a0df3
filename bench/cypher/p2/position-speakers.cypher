// p2/position-speakers($id: String): Position.speakers, as person nodes.
MATCH (p:Person)-[:STATED]->(:Position {id: $id})
RETURN p {.id, .name} AS leader
ORDER BY p.id
