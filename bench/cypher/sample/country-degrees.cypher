// sample/country-degrees(): every state with the number of meetings it took part in,
// fewest first (the start-choice experiment samples states across this range).
MATCH (c:Country)
RETURN c.code AS code, COUNT { (c)-[:PARTICIPATED_IN]->(:Meeting) } AS degree,
       COUNT { (:Meeting) } AS meetings
ORDER BY degree, code
