// p2/leader-by-id($id: String): Query.leader, one person node.
MATCH (p:Person {id: $id})
RETURN p {.id, .name} AS leader
