// testing/add_paper: adds (or removes, with $remove) one `t-c-` paper by a researcher, between two pages of a
//   cursor walk.
// params: $paper, $researcher, $remove
// returns: one row {done: true}.
MATCH (r:Researcher {id: $researcher})
OPTIONAL MATCH (old:Paper {id: $paper.id})
CALL (old) {
  WITH old WHERE old IS NOT NULL AND $remove
  DETACH DELETE old
}
CALL (r) {
  WITH r WHERE NOT $remove
  MERGE (p:Paper {id: $paper.id}) SET p.title = $paper.title, p.year = $paper.year, p.source = 't-c'
  MERGE (r)-[w:AUTHORED]->(p) SET w.position = 1, w.source = 't-c'
}
RETURN true AS done
