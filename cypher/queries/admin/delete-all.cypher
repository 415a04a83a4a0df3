// delete-all(): empties the graph (tests and `diplograph db reset`); migrations stay recorded.
MATCH (n)
WHERE NOT n:Migration
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
