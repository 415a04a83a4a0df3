// p2/meeting-evidence($id: String): Meeting.evidence, its sentences (the article is a field
// resolver of its own).
MATCH (:Meeting {id: $id})-[:EVIDENCED_BY]->(s:Sentence)
RETURN {sentenceId: s.id, sentence: s.text, start: s.start, end: s.end} AS evidence
ORDER BY s.id
