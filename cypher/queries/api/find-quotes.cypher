// find-quotes($speakers: [String]?, $meetingId: String?, $textFolded: String?, $afterKey: String?,
// $afterId: String?, $limit: Int, $asOf: String?, $include: {totalCount}): one page of quotations
// by date (an ISO prefix; undated last, as "~") and id.
OPTIONAL CALL () {
  WITH 1 AS one WHERE $include.totalCount
  OPTIONAL MATCH (q:Quote)
  WHERE ($speakers IS NULL OR EXISTS { MATCH (sp:Person)-[:SAID]->(q) WHERE sp.id IN $speakers })
      AND ($meetingId IS NULL OR EXISTS { MATCH (q)-[:SAID_AT]->(:Meeting {id: $meetingId}) })
      AND ($textFolded IS NULL OR toLower(q.text) CONTAINS $textFolded)
      AND ($asOf IS NULL OR EXISTS {
            MATCH (q)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(va:Article)
            WHERE va.publishedAt <= date($asOf) })
  RETURN count(q) AS totalCount
}
OPTIONAL CALL () {
  MATCH (q:Quote)
  WHERE ($afterId IS NULL OR coalesce(q.date, "~") > $afterKey
         OR (coalesce(q.date, "~") = $afterKey AND q.id > $afterId))
    AND ($speakers IS NULL OR EXISTS { MATCH (sp:Person)-[:SAID]->(q) WHERE sp.id IN $speakers })
      AND ($meetingId IS NULL OR EXISTS { MATCH (q)-[:SAID_AT]->(:Meeting {id: $meetingId}) })
      AND ($textFolded IS NULL OR toLower(q.text) CONTAINS $textFolded)
      AND ($asOf IS NULL OR EXISTS {
            MATCH (q)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(va:Article)
            WHERE va.publishedAt <= date($asOf) })
  WITH q ORDER BY coalesce(q.date, "~"), q.id LIMIT toInteger($limit)
  RETURN collect(q) AS page
}
RETURN totalCount, [q IN page |
       q {
         .id, .text, .date,
         speaker: head(COLLECT { MATCH (sp:Person)-[:SAID]->(q) RETURN sp {.id, .name} }),
         meetingId: head(COLLECT { MATCH (q)-[:SAID_AT]->(qm:Meeting) RETURN qm.id }),
         evidence: head(COLLECT {
           MATCH (q)-[e:EVIDENCED_BY]->(s:Sentence)-[:IN_ARTICLE]->(a:Article)
           WHERE $asOf IS NULL OR a.publishedAt <= date($asOf)
           RETURN {article: a {.id, .url, .title, .publisher, .author, publishedAt: toString(a.publishedAt)}, sentence: s.text, start: e.start, end: e.end} AS evidence
           ORDER BY a.publishedAt, a.id
         })
       }
       ] AS rows
