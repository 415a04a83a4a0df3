// sample/topic-ids($limit: Int): the topics with the most positions, in a fixed order (Q4).
MATCH (t:Topic)
WITH t, COUNT { (t)<-[:ON_TOPIC]-(:Position) } AS positions
ORDER BY positions DESC, t.key
LIMIT toInteger($limit)
RETURN t.key AS id
