// find-articles($filter: {afterKey: String?, afterId: String?}, $limit: Int, $asOf: {date: String?},
// $include: {totalCount, meetings}): one page of articles by publication day (undated last,
// as "~") and id; with $asOf, only those published by then.
OPTIONAL CALL () {
  WITH 1 AS one WHERE $include.totalCount
  OPTIONAL MATCH (a:Article)
  WHERE $asOf.date IS NULL OR a.publishedAt <= date($asOf.date)
  RETURN count(a) AS totalCount
}
OPTIONAL CALL () {
  MATCH (a:Article)
  WHERE ($asOf.date IS NULL OR a.publishedAt <= date($asOf.date))
    AND ($filter.afterId IS NULL OR coalesce(toString(a.publishedAt), "~") > $filter.afterKey
         OR (coalesce(toString(a.publishedAt), "~") = $filter.afterKey AND a.id > $filter.afterId))
  WITH a ORDER BY coalesce(toString(a.publishedAt), "~"), a.id LIMIT toInteger($limit)
  RETURN collect(a) AS page
}
RETURN totalCount, [a IN page |
       a {
         .id, .url, .title, .publisher, .author, publishedAt: toString(a.publishedAt),
         meetings: CASE WHEN $include.meetings THEN COLLECT {
           MATCH (a)<-[:IN_ARTICLE]-(:Sentence)<-[:EVIDENCED_BY]-(m:Meeting)
           WITH DISTINCT m ORDER BY m.dateStart, m.id
           RETURN m {.id, .kind, .status, .date, .datePrecision, .title, .location, .jointStatement,
                     .agreements, .countryKey, dateStart: toString(m.dateStart)}
         } END
       }
       ] AS rows
