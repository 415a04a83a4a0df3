// find-articles-by-ids($ids: [String], $asOf: {date: String?}, $include: {meetings}): articles by id;
// with $asOf, one published later is left out.
UNWIND $ids AS id
MATCH (a:Article {id: id})
WHERE $asOf.date IS NULL OR a.publishedAt <= date($asOf.date)
RETURN a {
         .id, .url, .title, .publisher, .author, publishedAt: toString(a.publishedAt),
         meetings: CASE WHEN $include.meetings THEN COLLECT {
           MATCH (a)<-[:IN_ARTICLE]-(:Sentence)<-[:EVIDENCED_BY]-(m:Meeting)
           WITH DISTINCT m ORDER BY m.dateStart, m.id
           RETURN m {.id, .kind, .status, .date, .datePrecision, .title, .location, .jointStatement,
                     .agreements, .countryKey, dateStart: toString(m.dateStart)}
         } END
       } AS row
