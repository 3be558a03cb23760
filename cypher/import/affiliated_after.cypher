// import/affiliated_after: ids of researchers with an affiliation, in id order after $after, for `migrate`
//   to re-key their AFFILIATED_WITH edges in chunks.
// params: $after, $limit
// returns: up to $limit rows {id}.
MATCH (r:Researcher)
WHERE r.id > $after AND EXISTS { (r)-[:AFFILIATED_WITH]->() }
RETURN r.id AS id
ORDER BY r.id
LIMIT $limit
