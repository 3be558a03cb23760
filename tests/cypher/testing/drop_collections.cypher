// testing/drop_collections: removes what testing/load_collections added (the `t-c-...` nodes and their edges).
// params: none
// returns: one row {done: true}.
MATCH (n)
WHERE n.id STARTS WITH 't-c-'
DETACH DELETE n
RETURN count(*) > 0 AS done
