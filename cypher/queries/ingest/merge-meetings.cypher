// merge-meetings($rows: [MeetingRow & {articleId}]): meetings with their countries,
// participants, organizations and evidence. On a re-report the finer date and the more
// advanced status win, and a stated joint statement is never forgotten.
UNWIND $rows AS row
MERGE (m:Meeting {id: row.id})
ON CREATE SET m.kind = row.kind, m.countryKey = row.countryKey, m.status = row.status,
              m.date = row.date, m.datePrecision = row.datePrecision,
              m.dateStart = date(row.dateStart), m.dateEnd = date(row.dateEnd),
              m.title = row.title, m.location = row.location,
              m.jointStatement = row.jointStatement, m.agreements = row.agreements
WITH m, row,
     CASE m.datePrecision WHEN 'day' THEN 3 WHEN 'month' THEN 2 WHEN 'year' THEN 1 ELSE 0 END AS knownPrecision,
     CASE m.status WHEN 'held' THEN 3 WHEN 'planned' THEN 2 ELSE 1 END AS knownStatus
SET m += CASE WHEN row.precisionRank > knownPrecision
              THEN {date: row.date, datePrecision: row.datePrecision,
                    dateStart: date(row.dateStart), dateEnd: date(row.dateEnd)}
              ELSE {} END
SET m.status = CASE WHEN row.statusRank > knownStatus THEN row.status ELSE m.status END,
    m.title = coalesce(m.title, row.title),
    m.location = coalesce(m.location, row.location),
    m.jointStatement = CASE WHEN m.jointStatement = true OR row.jointStatement IS NULL
                            THEN m.jointStatement ELSE row.jointStatement END,
    m.agreements = m.agreements + [x IN row.agreements WHERE NOT x IN m.agreements]
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
      r.sources = coalesce(r.sources, []) +
                  CASE WHEN row.articleId IN coalesce(r.sources, []) THEN [] ELSE [row.articleId] END
}
CALL (m, row) {
  UNWIND row.organizations AS organizationId
  MATCH (o:Organization {id: organizationId})
  MERGE (m)-[r:WITH_ORGANIZATION]->(o)
  SET r.sources = coalesce(r.sources, []) +
                  CASE WHEN row.articleId IN coalesce(r.sources, []) THEN [] ELSE [row.articleId] END
}
CALL (m, row) {
  UNWIND row.evidence AS sentenceId
  MATCH (s:Sentence {id: sentenceId})
  MERGE (m)-[:EVIDENCED_BY]->(s)
}
RETURN count(m) AS meetings
