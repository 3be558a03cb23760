// sample/count_nodes: how many nodes the database holds; one row {nodes}.
// params: none
MATCH (n) RETURN count(n) AS nodes
