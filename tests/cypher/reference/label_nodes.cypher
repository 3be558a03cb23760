// reference/label_nodes: every node carrying the label, by id (the reference's root collections).
// params: $label
// returns: one row per node {props}.
MATCH (n)
WHERE $label IN labels(n)
RETURN properties(n) AS props
ORDER BY n.id
