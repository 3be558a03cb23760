// testing/load_search: adds the search fixture (tests/test_search.py), nodes whose ids start `t-s-`, so
//   testing/drop_search removes exactly them: papers, researchers, topics, an institution and a venue whose
//   names hold the made-up word `zymurgy` (and its relatives), in the places the ranking tests need. Idempotent.
// params: $papers, $researchers, $named
// returns: one row {done: true}.
CALL () {
  UNWIND $papers AS row
  MERGE (p:Paper {id: row.id})
  SET p.title = row.title, p.abstract = row.abstract, p.year = row.year, p.source = 't-s'
}
CALL () {
  UNWIND $researchers AS row
  MERGE (r:Researcher {id: row.id})
  SET r.name = row.name, r.displayName = row.displayName, r.source = 't-s'
}
CALL () {
  UNWIND $named AS row
  CALL (row) {
    WITH row WHERE row.type = 'Topic'
    MERGE (n:Topic {id: row.id}) SET n.name = row.name, n.level = 'keyword', n.source = 't-s'
  }
  CALL (row) {
    WITH row WHERE row.type = 'Institution'
    MERGE (n:Institution {id: row.id}) SET n.name = row.name, n.source = 't-s'
  }
  CALL (row) {
    WITH row WHERE row.type = 'Venue'
    MERGE (n:Venue {id: row.id}) SET n.name = row.name, n.kind = 'journal', n.source = 't-s'
  }
}
RETURN true AS done
