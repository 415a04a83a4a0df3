// p2/position-holders($id: String): Position.holders.
MATCH (c:Country)-[:HOLDS]->(:Position {id: $id})
RETURN c {.code, .name} AS country
ORDER BY c.code
