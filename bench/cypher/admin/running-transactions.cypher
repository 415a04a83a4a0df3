// admin/running-transactions(): the transactions running on the database but this one: what
// a peer's abandoned requests left (a client that gives up does not stop its statement).
// This one is known by its text, which holds this comment.
SHOW TRANSACTIONS YIELD transactionId, currentQuery
WHERE NOT currentQuery CONTAINS "admin/running-transactions"
RETURN transactionId
