// p2/topic-stance-matrix($id: String, $from: String?, $to: String?): Topic.stanceMatrix, per
// holder state its positions of each stance dated within [from, to] (ISO days, either open).
MATCH (:Topic {key: $id})<-[:ON_TOPIC]-(pos:Position)<-[:HOLDS]-(c:Country)
WHERE ($from IS NULL OR pos.dateStart >= date($from)) AND ($to IS NULL OR pos.dateStart <= date($to))
RETURN c {.code, .name} AS country,
       count(CASE WHEN pos.stance = "support" THEN 1 END) AS support,
       count(CASE WHEN pos.stance = "oppose" THEN 1 END) AS oppose,
       count(CASE WHEN pos.stance = "concern" THEN 1 END) AS concern
ORDER BY country.code
