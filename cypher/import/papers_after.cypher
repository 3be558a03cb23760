// import/papers_after: paper ids in id order after $after, for `migrate` to re-key every paper's edges in
//   chunks (keyset paging over the Paper.id uniqueness index).
// params: $after, $limit
// returns: up to $limit rows {id}.
MATCH (p:Paper)
WHERE p.id > $after
RETURN p.id AS id
ORDER BY p.id
LIMIT $limit
