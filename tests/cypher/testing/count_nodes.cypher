// testing/count_nodes: nodes in the database, and how many are the test suite's ownership marker.
// params: none
// returns: one row {nodes, markers}.
RETURN COUNT { (n) } AS nodes, COUNT { (:TestSuiteOwnsThisDatabase) } AS markers
