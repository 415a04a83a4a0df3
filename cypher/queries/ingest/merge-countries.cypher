// merge-countries($rows: [{articleId, code, name}]): states by ISO alpha-3 code, and each
// article's mention of them.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MERGE (c:Country {code: row.code})
ON CREATE SET c.name = row.name
MERGE (a)-[:MENTIONS]->(c)
RETURN count(c) AS countries
