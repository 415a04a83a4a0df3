// find-positions-by-ids($ids: [String], $asOf: {date: String?}, $include: {meeting, evidence}):
// positions by id; one without evidence published by $asOf is left out.
UNWIND $ids AS id
MATCH (pos:Position {id: id})
WHERE $asOf.date IS NULL OR EXISTS {
  MATCH (pos)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(va:Article)
  WHERE va.publishedAt <= date($asOf.date)
}
RETURN
  @include position-row
  AS row
