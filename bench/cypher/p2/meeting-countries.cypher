// p2/meeting-countries($id: String): Meeting.countries.
MATCH (c:Country)-[:PARTICIPATED_IN]->(:Meeting {id: $id})
RETURN c {.code, .name} AS country
ORDER BY c.code
