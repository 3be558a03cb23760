// import/unranked_papers: papers with an edge that has no order key yet (a graph imported before the keys
//   existed), for `migrate` to rank them in chunks.
// params: $limit
// returns: up to $limit rows {id}.
MATCH (p:Paper)
WHERE EXISTS { (:Researcher)-[w:AUTHORED]->(p) WHERE w.rank IS NULL OR w.citedRank IS NULL }
   OR EXISTS { (p)-[h:HAS_TOPIC]->() WHERE h.rank IS NULL OR h.citedRank IS NULL }
   OR EXISTS { (p)-[u:UNDER_TOPIC]->() WHERE u.rank IS NULL OR u.citedRank IS NULL }
   OR EXISTS { (p)-[e:PUBLISHED_IN]->() WHERE e.rank IS NULL OR e.citedRank IS NULL }
   OR EXISTS { (p)-[c:CITES]->() WHERE c.rank IS NULL }
RETURN p.id AS id
LIMIT $limit
