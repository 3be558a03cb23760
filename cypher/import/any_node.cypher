// import/any_node: whether the database holds any node at all (decides whether the sample is loaded).
// params: none
// returns: one row {empty: true when there is no node}.
RETURN NOT EXISTS { MATCH (n) } AS empty
