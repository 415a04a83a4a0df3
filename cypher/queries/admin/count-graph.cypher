// count-graph(): the number of nodes and relationships, the Migration bookkeeping left out.
CALL () { MATCH (n) WHERE NOT n:Migration RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
