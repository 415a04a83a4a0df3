// find-quotes-without-meeting($countries, $leaders, $kinds, $statuses, $from, $to, $byTopic,
// $topicKind, $topicArgs, $asOf): the quotes said at no meeting that an export selects, one
// row each by date. Such a quote matches by itself: its speaker holds an office of every
// listed state and is every listed leader, its date overlaps $from..$to. Kinds, statuses and
// topics are conditions on meetings and positions: with any of them, none matches.
MATCH (q:Quote)<-[:SAID]-(sp:Person)
WHERE $kinds IS NULL AND $statuses IS NULL AND NOT $byTopic
  AND NOT EXISTS { MATCH (q)-[:SAID_AT]->(:Meeting) }
  AND ($to IS NULL OR date(q.date) <= date($to))
  AND ($from IS NULL OR
        CASE size(q.date)
          WHEN 10 THEN date(q.date)
          WHEN 7 THEN date(q.date) + duration("P1M") - duration("P1D")
          ELSE date(q.date) + duration("P1Y") - duration("P1D")
        END >= date($from))
  AND ($countries IS NULL OR all(code IN $countries WHERE EXISTS {
        MATCH (sp)-[:HOLDS_OFFICE]->(:Office)-[:OF_COUNTRY]->(:Country {code: code}) }))
  AND ($leaders IS NULL OR all(leaderId IN $leaders WHERE sp.id = leaderId))
  AND ($asOf IS NULL OR EXISTS {
        MATCH (q)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(va:Article)
        WHERE va.publishedAt <= date($asOf) })
WITH q, sp ORDER BY q.date, q.id
RETURN q {
  .id, .text, .date, meetingId: null,
  speaker: sp {
    .id, .name,
    office: head(COLLECT {
      MATCH (sp)-[:HOLDS_OFFICE]->(so:Office)-[:OF_COUNTRY]->(soc:Country)
      WHERE $asOf IS NULL OR EXISTS {
        MATCH (so)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(soa:Article)
        WHERE soa.publishedAt <= date($asOf)
      }
      RETURN {title: so.title, country: soc {.code, .name}} AS office ORDER BY so.from DESC, so.id
    })
  },
  sources: COLLECT {
    MATCH (q)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(a:Article)
    WHERE $asOf IS NULL OR a.publishedAt <= date($asOf)
    WITH DISTINCT a ORDER BY a.publishedAt, a.id
    RETURN a {.id, .url, .title, .publisher, publishedAt: toString(a.publishedAt)}
  }
} AS quote
