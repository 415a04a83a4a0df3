// find-leaders($filter: {nameFolded: String?, countries: [String]?, afterId: String?}, $limit: Int,
// $asOf: {date: String?}, $include: {totalCount, positions, positionSources, positionMeetings,
// positionSpeakers, positionTopicDetails, positionHolderNames, quotes}): one page of leaders by
// id; the name matches the folded name or any alias, the countries those of an office they hold.
OPTIONAL CALL () {
  WITH 1 AS one WHERE $include.totalCount
  OPTIONAL MATCH (p:Leader)
  WHERE ($filter.nameFolded IS NULL OR p.searchName CONTAINS $filter.nameFolded)
      AND ($filter.countries IS NULL OR EXISTS {
            MATCH (p)-[:HOLDS_OFFICE]->(:Office)-[:OF_COUNTRY]->(c:Country) WHERE c.code IN $filter.countries })
      AND ($asOf.date IS NULL OR EXISTS {
            MATCH (p)-[:HOLDS_OFFICE]->(:Office)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(va:Article)
            WHERE va.publishedAt <= date($asOf.date) })
  RETURN count(p) AS totalCount
}
OPTIONAL CALL () {
  MATCH (p:Leader)
  WHERE ($filter.afterId IS NULL OR p.id > $filter.afterId)
    AND ($filter.nameFolded IS NULL OR p.searchName CONTAINS $filter.nameFolded)
      AND ($filter.countries IS NULL OR EXISTS {
            MATCH (p)-[:HOLDS_OFFICE]->(:Office)-[:OF_COUNTRY]->(c:Country) WHERE c.code IN $filter.countries })
      AND ($asOf.date IS NULL OR EXISTS {
            MATCH (p)-[:HOLDS_OFFICE]->(:Office)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(va:Article)
            WHERE va.publishedAt <= date($asOf.date) })
  WITH p ORDER BY p.id LIMIT toInteger($limit)
  RETURN collect(p) AS page
}
RETURN totalCount, [p IN page |
       p {
         @include leader-row
       }
       ] AS rows
