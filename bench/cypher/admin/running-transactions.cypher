// admin/running-transactions(): the transactions running on the database but this one and
// W2's writer's: what a peer's abandoned requests left (a client that gives up does not stop
// its statement). This one is known by its text, which holds this comment; the writer by
// its transactions' metadata (W2_WRITER in bench/phases/end-leftover-transactions.ts).
SHOW TRANSACTIONS YIELD transactionId, currentQuery, metaData
WHERE NOT currentQuery CONTAINS "admin/running-transactions"
  AND coalesce(metaData.benchmark, "") <> "w2-writer"
RETURN transactionId
