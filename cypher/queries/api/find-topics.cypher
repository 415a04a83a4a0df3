// find-topics($filter: {kind: String?, args: [String]?}, $asOf: {date: String?},
// $stanceMatrix: {planned: Boolean, from: String?, to: String?}): the topics of the vocabulary that some visible
// position is on; $filter.args must all be arguments of the topic. With $stanceMatrix, each topic's
// stance counts per holder state (see find-topics-by-keys).
MATCH (t:Topic)
WHERE ($filter.kind IS NULL OR t.kind = $filter.kind)
  AND ($filter.args IS NULL OR all(x IN $filter.args WHERE x IN t.args))
  AND EXISTS {
    MATCH (t)<-[:ON_TOPIC]-(pos:Position)
    WHERE ($asOf.date IS NULL OR EXISTS {
            MATCH (pos)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(va:Article)
            WHERE va.publishedAt <= date($asOf.date) })
  }
@include topic-stance-matrix
RETURN t {id: t.key, .kind, .args, .label,
          stanceMatrix: CASE WHEN $stanceMatrix.planned THEN stanceRows END} AS row
ORDER BY t.key
