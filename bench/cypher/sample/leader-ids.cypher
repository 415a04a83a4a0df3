// sample/leader-ids($limit: Int): the persons in the most meetings, in a fixed order (Q2, Q5).
MATCH (p:Person)
WITH p, COUNT { (p)-[:PARTICIPATED_IN]->(:Meeting) } AS meetings
ORDER BY meetings DESC, p.id
LIMIT toInteger($limit)
RETURN p.id AS id
