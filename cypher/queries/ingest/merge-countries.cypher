// merge-countries($articleId: String, $rows: [{code, name}]): states by ISO alpha-3 code, and
// the article's mention of each.
MATCH (a:Article {id: $articleId})
UNWIND $rows AS row
MERGE (c:Country {code: row.code})
ON CREATE SET c.name = row.name
MERGE (a)-[:MENTIONS]->(c)
RETURN count(c) AS countries
