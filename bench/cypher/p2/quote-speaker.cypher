// p2/quote-speaker($id: String): Quote.speaker, as a person node.
MATCH (p:Person)-[:SAID]->(:Quote {id: $id})
RETURN p {.id, .name} AS leader
