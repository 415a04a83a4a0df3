// prune-orphan-facts(): removes the Leader label from persons who no longer hold any
// office on record (after a revision withdrew the only evidence of it).
MATCH (p:Leader)
WHERE NOT (p)-[:HOLDS_OFFICE]->()
REMOVE p:Leader
RETURN count(p) AS demoted
