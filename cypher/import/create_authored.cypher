// import/create_authored: AUTHORED edges of papers created in this same transaction (they have no byline yet,
//   so the edges are created outright: one row per researcher and paper).
// params: $rows, $now
// rows: [{researcher, paper, position, corresponding, institutions, source, sourceId}] (graph ids)
// returns: one row {created: edges created}.
UNWIND $rows AS row
MATCH (r:Researcher {id: row.researcher})
MATCH (p:Paper {id: row.paper})
CREATE (r)-[a:AUTHORED]->(p)
SET a.position = row.position, a.corresponding = row.corresponding, a.institutions = row.institutions,
    a.source = row.source, a.sourceId = row.sourceId, a.importedAt = $now
RETURN count(a) AS created
