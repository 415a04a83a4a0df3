// p2/leader-office($id: String): Leader.title and Leader.country (each asks on its own), the
// latest office of a person and its state.
MATCH (:Person {id: $id})-[:HOLDS_OFFICE]->(o:Office)-[:OF_COUNTRY]->(c:Country)
RETURN o.title AS title, c {.code, .name} AS country
ORDER BY o.from DESC, o.id
LIMIT 1
