// bare/merge-positions($rows: [{id, stance, topicKey, holders, speakers, meetingId, date,
// dateStart, evidence}]): positions with holders, speakers, topic, meeting and evidence.
UNWIND $rows AS row
MATCH (t:Topic {key: row.topicKey})
MERGE (p:Position {id: row.id})
ON CREATE SET p.stance = row.stance, p.topicKey = row.topicKey, p.date = row.date,
              p.dateStart = CASE WHEN row.dateStart IS NULL THEN null ELSE date(row.dateStart) END
MERGE (p)-[:ON_TOPIC]->(t)
WITH p, row
CALL (p, row) {
  UNWIND row.holders AS code
  MATCH (c:Country {code: code})
  MERGE (c)-[:HOLDS]->(p)
}
CALL (p, row) {
  UNWIND row.speakers AS personId
  MATCH (person:Person {id: personId})
  MERGE (person)-[:STATED]->(p)
}
CALL (p, row) {
  MATCH (m:Meeting {id: row.meetingId})
  MERGE (p)-[:STATED_AT]->(m)
}
CALL (p, row) {
  UNWIND row.evidence AS sentenceId
  MATCH (s:Sentence {id: sentenceId})
  MERGE (p)-[:EVIDENCED_BY]->(s)
}
RETURN count(p) AS positions
