// find-topics($kind: String?, $args: [String]?, $asOf: String?): the topics of the vocabulary
// that some visible position is on; $args must all be arguments of the topic.
MATCH (t:Topic)
WHERE ($kind IS NULL OR t.kind = $kind)
  AND ($args IS NULL OR all(x IN $args WHERE x IN t.args))
  AND EXISTS {
    MATCH (t)<-[:ON_TOPIC]-(pos:Position)
    WHERE ($asOf IS NULL OR EXISTS {
            MATCH (pos)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(va:Article)
            WHERE va.publishedAt <= date($asOf) })
  }
RETURN t {id: t.key, .kind, .args, .label} AS row
ORDER BY t.key
