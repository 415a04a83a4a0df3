// find-positions-without-meeting($countries, $leaders, $kinds, $statuses, $from, $to, $byTopic,
// $topicKind, $topicArgs, $asOf): the positions stated at no meeting that an export selects,
// one row each in timeline order. Such a position matches the filter by itself: every listed
// state holds it, every listed leader stated it, its day, month or year overlaps $from..$to,
// it is on the topic. Kinds and statuses are conditions on meetings: with either, none matches.
MATCH (pos:Position)-[:ON_TOPIC]->(t:Topic)
WHERE $kinds IS NULL AND $statuses IS NULL
  AND NOT EXISTS { MATCH (pos)-[:STATED_AT]->(:Meeting) }
  AND ($to IS NULL OR pos.dateStart <= date($to))
  AND ($from IS NULL OR
        CASE size(pos.date)
          WHEN 10 THEN pos.dateStart
          WHEN 7 THEN pos.dateStart + duration("P1M") - duration("P1D")
          ELSE pos.dateStart + duration("P1Y") - duration("P1D")
        END >= date($from))
  AND ($countries IS NULL OR all(code IN $countries WHERE EXISTS {
        MATCH (:Country {code: code})-[:HOLDS]->(pos) }))
  AND ($leaders IS NULL OR all(leaderId IN $leaders WHERE EXISTS {
        MATCH (:Person {id: leaderId})-[:STATED]->(pos) }))
  AND (NOT $byTopic OR (($topicKind IS NULL OR t.kind = $topicKind)
                        AND ($topicArgs IS NULL OR all(x IN $topicArgs WHERE x IN t.args))))
  AND ($asOf IS NULL OR EXISTS {
        MATCH (pos)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(va:Article)
        WHERE va.publishedAt <= date($asOf) })
WITH pos, t ORDER BY pos.dateStart, pos.id
RETURN pos {
  .id, .stance, .date, meetingId: null,
  topic: t {.key, .kind, .args, .label},
  holders: COLLECT { MATCH (hc:Country)-[:HOLDS]->(pos) RETURN hc {.code, .name} ORDER BY hc.code },
  speakers: COLLECT {
    MATCH (sp:Person)-[:STATED]->(pos)
    RETURN sp {
      .id, .name,
      office: head(COLLECT {
        MATCH (sp)-[:HOLDS_OFFICE]->(so:Office)-[:OF_COUNTRY]->(soc:Country)
        WHERE $asOf IS NULL OR EXISTS {
          MATCH (so)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(soa:Article)
          WHERE soa.publishedAt <= date($asOf)
        }
        RETURN {title: so.title, country: soc {.code, .name}} AS office ORDER BY so.from DESC, so.id
      })
    } ORDER BY sp.id
  },
  sources: COLLECT {
    MATCH (pos)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(a:Article)
    WHERE $asOf IS NULL OR a.publishedAt <= date($asOf)
    WITH DISTINCT a ORDER BY a.publishedAt, a.id
    RETURN a {.id, .url, .title, .publisher, publishedAt: toString(a.publishedAt)}
  }
} AS position
