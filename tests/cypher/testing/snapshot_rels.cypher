// testing/snapshot_rels: every relationship with its type, end-point ids and properties, for exact comparisons.
// params: none
// returns: one row per relationship {type, start, end, props}.
MATCH (a)-[r]->(b)
RETURN type(r) AS type, a.id AS start, b.id AS end, properties(r) AS props
