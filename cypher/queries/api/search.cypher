// search($query: String, $limit: Int, $asOf: {date: String?}): full-text search over names, titles,
// labels and quotations (index search_text); $query is escaped Lucene, built from user text.
CALL db.index.fulltext.queryNodes("search_text", $query, {limit: toInteger($limit) * 4}) YIELD node, score
WITH node, score
WHERE $asOf.date IS NULL
   OR (node:Article AND node.publishedAt <= date($asOf.date))
   OR ((node:Meeting OR node:Quote) AND EXISTS {
        MATCH (node)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(va:Article)
        WHERE va.publishedAt <= date($asOf.date) })
   OR NOT (node:Article OR node:Meeting OR node:Quote)
RETURN CASE
         WHEN node:Meeting THEN "meeting"
         WHEN node:Quote THEN "quote"
         WHEN node:Article THEN "article"
         WHEN node:Country THEN "country"
         WHEN node:Organization THEN "organization"
         WHEN node:Topic THEN "topic"
         WHEN node:Leader THEN "leader"
         ELSE "person"
       END AS kind,
       coalesce(node.id, node.code, node.key) AS id,
       coalesce(node.name, node.title, node.label, left(node.text, 200)) AS title,
       score
ORDER BY score DESC, id
LIMIT toInteger($limit)
