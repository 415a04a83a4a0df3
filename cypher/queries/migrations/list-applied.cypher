// list-applied(): the migrations recorded in the graph, with their checksums.
MATCH (m:Migration)
RETURN m.id AS id, m.checksum AS checksum
ORDER BY m.id
