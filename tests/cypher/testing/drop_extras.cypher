// testing/drop_extras: removes what testing/load_extras added: the `t-x-...` nodes with their edges, and
//   the edges marked `source: 't-x'` between standard fixture nodes.
// params: none
// returns: one row {done: true}.
CALL () {
  MATCH ()-[r {source: 't-x'}]->()
  DELETE r
}
CALL () {
  MATCH (n)
  WHERE n.id STARTS WITH 't-x-'
  DETACH DELETE n
}
RETURN true AS done
