// find-topics-by-keys($keys: [String], $asOf: {date: String?}, $stanceMatrix: {planned:
// Boolean, from: String?, to: String?}): topics by key, those that some visible position is on, with, when planned,
// per holder state the number of its positions of each stance whose date overlaps [from, to]
// (a position held by two states counts for each; undated ones only without a range).
UNWIND $keys AS key
MATCH (t:Topic {key: key})
WHERE EXISTS {
    MATCH (t)<-[:ON_TOPIC]-(pos:Position)
    WHERE ($asOf.date IS NULL OR EXISTS {
            MATCH (pos)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(va:Article)
            WHERE va.publishedAt <= date($asOf.date) })
  }
@include topic-stance-matrix
RETURN t {id: t.key, .kind, .args, .label,
          stanceMatrix: CASE WHEN $stanceMatrix.planned THEN stanceRows END} AS row
