// find-quotes($filter: {speakers: [String]?, meetingId: String?, textFolded: String?,
// afterKey: String?, afterId: String?}, $limit: Int, $asOf: {date: String?}, $include: {totalCount}): one page of quotations
// by date (an ISO prefix; undated last, as "~") and id.
OPTIONAL CALL () {
  WITH 1 AS one WHERE $include.totalCount
  OPTIONAL MATCH (q:Quote)
  WHERE ($filter.speakers IS NULL OR EXISTS { MATCH (sp:Person)-[:SAID]->(q) WHERE sp.id IN $filter.speakers })
      AND ($filter.meetingId IS NULL OR EXISTS { MATCH (q)-[:SAID_AT]->(:Meeting {id: $filter.meetingId}) })
      AND ($filter.textFolded IS NULL OR toLower(q.text) CONTAINS $filter.textFolded)
      AND ($asOf.date IS NULL OR EXISTS {
            MATCH (q)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(va:Article)
            WHERE va.publishedAt <= date($asOf.date) })
  RETURN count(q) AS totalCount
}
OPTIONAL CALL () {
  MATCH (q:Quote)
  WHERE ($filter.afterId IS NULL OR coalesce(q.date, "~") > $filter.afterKey
         OR (coalesce(q.date, "~") = $filter.afterKey AND q.id > $filter.afterId))
    AND ($filter.speakers IS NULL OR EXISTS { MATCH (sp:Person)-[:SAID]->(q) WHERE sp.id IN $filter.speakers })
      AND ($filter.meetingId IS NULL OR EXISTS { MATCH (q)-[:SAID_AT]->(:Meeting {id: $filter.meetingId}) })
      AND ($filter.textFolded IS NULL OR toLower(q.text) CONTAINS $filter.textFolded)
      AND ($asOf.date IS NULL OR EXISTS {
            MATCH (q)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(va:Article)
            WHERE va.publishedAt <= date($asOf.date) })
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
           WHERE $asOf.date IS NULL OR a.publishedAt <= date($asOf.date)
           RETURN {article: a {.id, .url, .title, .publisher, .author, publishedAt: toString(a.publishedAt)}, sentence: s.text, start: e.start, end: e.end} AS evidence
           ORDER BY a.publishedAt, a.id
         })
       }
       ] AS rows
