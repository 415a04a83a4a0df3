// dump-nodes(): every node (Migration bookkeeping left out) as labels and properties, for
// tests that compare whole graphs. Ingestion timestamps are dropped: they differ by run.
MATCH (n)
WHERE NOT n:Migration
RETURN labels(n) AS labels,
       [k IN keys(n) WHERE k <> 'ingestedAt' | [k, n[k]]] AS props
