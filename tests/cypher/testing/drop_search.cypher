// testing/drop_search: removes what testing/load_search added, the `t-s-...` nodes with their edges.
// params: none
// returns: one row {done: true}.
CALL () {
  MATCH (n)
  WHERE n.id STARTS WITH 't-s-'
  DETACH DELETE n
}
RETURN true AS done
