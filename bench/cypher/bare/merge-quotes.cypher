// bare/merge-quotes($rows: [{id, text, speaker, meetingId, date, evidence}]): quotes.
UNWIND $rows AS row
MATCH (speaker:Person {id: row.speaker})
MERGE (q:Quote {id: row.id})
ON CREATE SET q.text = row.text, q.date = row.date
MERGE (speaker)-[:SAID]->(q)
WITH q, row
CALL (q, row) {
  MATCH (m:Meeting {id: row.meetingId})
  MERGE (q)-[:SAID_AT]->(m)
}
CALL (q, row) {
  UNWIND row.evidence AS evidence
  MATCH (s:Sentence {id: evidence.sentence})
  MERGE (q)-[e:EVIDENCED_BY]->(s)
  SET e.start = evidence.start, e.end = evidence.end
}
RETURN count(q) AS quotes
