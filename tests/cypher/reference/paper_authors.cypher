// reference/paper_authors: a paper's authorships in byline order, then by researcher id.
// params: $id, $first
// returns: one row per author {edge: the AUTHORED edge's properties, far: the researcher's properties}.
MATCH (r:Researcher)-[w:AUTHORED]->(:Paper {id: $id})
RETURN properties(w) AS edge, properties(r) AS far
ORDER BY w.position, r.id
LIMIT $first
