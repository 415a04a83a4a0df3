// p2/meeting-participants($id: String): Meeting.participants, as person nodes.
MATCH (p:Person)-[:PARTICIPATED_IN]->(:Meeting {id: $id})
RETURN p {.id, .name} AS leader
ORDER BY p.id
