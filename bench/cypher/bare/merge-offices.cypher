// bare/merge-offices($rows: [{id, personId, countryCode, title, from, to, evidence}]): offices.
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (c:Country {code: row.countryCode})
MERGE (o:Office {id: row.id})
ON CREATE SET o.title = row.title, o.countryCode = row.countryCode, o.from = row.from, o.to = row.to
SET p:Leader
MERGE (p)-[:HOLDS_OFFICE]->(o)
MERGE (o)-[:OF_COUNTRY]->(c)
WITH o, row
UNWIND row.evidence AS sentenceId
MATCH (s:Sentence {id: sentenceId})
MERGE (o)-[:EVIDENCED_BY]->(s)
RETURN count(*) AS offices
