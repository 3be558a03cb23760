// import/paper_authors_by_ids: for each paper id, its year and the ids of all its authors (for co-authorship).
// params: $ids
// returns: one row per input id {id, year, authors: [researcher id]}.
UNWIND $ids AS id
MATCH (p:Paper {id: id})
RETURN id, p.year AS year, COLLECT { MATCH (p)<-[:AUTHORED]-(r:Researcher) RETURN r.id } AS authors
