// sample/neo4j-config($names: [String]): the settings of the benchmark's Neo4j worth reporting.
SHOW SETTINGS YIELD name, value
WHERE name IN $names
RETURN name, value
ORDER BY name
