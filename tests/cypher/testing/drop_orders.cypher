// testing/drop_orders: removes what testing/load_orders added (the `t-o-...` nodes and their edges).
// params: none
// returns: one row {done: true}.
MATCH (n)
WHERE n.id STARTS WITH 't-o-'
DETACH DELETE n
RETURN count(*) > 0 AS done
