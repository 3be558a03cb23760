// import/link_authored: AUTHORED edges with byline position, corresponding flag and the institutions given for
//   the author on that paper. An existing edge is left as it is (the first source wins).
// params: $rows, $now
// rows: [{researcher, paper, position, corresponding, institutions, source, sourceId}] (graph ids)
// returns: one row per input row {paper, researcher, created}.
UNWIND $rows AS row
MATCH (r:Researcher {id: row.researcher})
MATCH (p:Paper {id: row.paper})
WITH row, r, p, EXISTS { (r)-[:AUTHORED]->(p) } AS had
MERGE (r)-[a:AUTHORED]->(p)
  ON CREATE SET a.position = row.position, a.corresponding = row.corresponding, a.institutions = row.institutions,
                a.source = row.source, a.sourceId = row.sourceId, a.importedAt = $now
RETURN p.id AS paper, r.id AS researcher, NOT had AS created
