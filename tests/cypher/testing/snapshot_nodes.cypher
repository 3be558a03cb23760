// testing/snapshot_nodes: every node but the suite's marker, with its labels and properties, for exact comparisons.
// params: none
// returns: one row per node {labels, props}.
MATCH (n)
WHERE NOT n:TestSuiteOwnsThisDatabase
RETURN labels(n) AS labels, properties(n) AS props
