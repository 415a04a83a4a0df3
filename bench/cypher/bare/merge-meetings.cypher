// bare/merge-meetings($rows: [MeetingRow & {articleId}]): meetings by their precomputed id,
// with countries, participants and evidence; no matching of re-reports beyond the id.
UNWIND $rows AS row
MERGE (m:Meeting {id: row.id})
ON CREATE SET m.kind = row.kind, m.countryKey = row.countryKey, m.status = row.status,
              m.date = row.date, m.datePrecision = row.datePrecision,
              m.dateStart = date(row.dateStart), m.dateEnd = date(row.dateEnd),
              m.title = row.title, m.location = row.location,
              m.jointStatement = row.jointStatement, m.agreements = row.agreements
WITH m, row
CALL (m, row) {
  UNWIND row.countries AS code
  MATCH (c:Country {code: code})
  MERGE (c)-[:PARTICIPATED_IN]->(m)
}
CALL (m, row) {
  UNWIND row.participants AS participant
  MATCH (p:Person {id: participant.personId})
  MERGE (p)-[r:PARTICIPATED_IN]->(m)
  SET r.role = coalesce(participant.role, r.role),
      r.sources = coalesce(r.sources, []) + row.articleId
}
CALL (m, row) {
  UNWIND row.evidence AS sentenceId
  MATCH (s:Sentence {id: sentenceId})
  MERGE (m)-[:EVIDENCED_BY]->(s)
}
RETURN count(m) AS meetings
