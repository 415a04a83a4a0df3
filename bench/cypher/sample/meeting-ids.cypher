// sample/meeting-ids($limit: Int): meetings to ask for in full (Q3), the richest first:
// those with a quote, reported by two articles, in a fixed order.
MATCH (m:Meeting)
WHERE EXISTS { (m)<-[:SAID_AT]-(:Quote) }
WITH m, COUNT { (m)-[:EVIDENCED_BY]->() } AS reports
ORDER BY reports DESC, m.id
LIMIT toInteger($limit)
RETURN m.id AS id
