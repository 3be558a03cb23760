// import/unranked_researchers: researchers with an AFFILIATED_WITH edge that has no order key yet, for
//   `migrate` to rank them in chunks.
// params: $limit
// returns: up to $limit rows {id}.
MATCH (r:Researcher)-[a:AFFILIATED_WITH]->()
WHERE a.rank IS NULL
RETURN DISTINCT r.id AS id
LIMIT $limit
