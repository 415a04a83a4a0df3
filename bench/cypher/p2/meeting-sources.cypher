// p2/meeting-sources($id: String): Meeting.sources, the distinct articles of its evidence.
MATCH (:Meeting {id: $id})-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(a:Article)
WITH DISTINCT a
RETURN a {.id, .url, .publisher} AS article
ORDER BY a.id
