// testing/counts: all nodes and relationships, to show a request changed nothing; one row {nodes, rels}.
// params: none
RETURN COUNT { (n) } AS nodes, COUNT { ()-[r]->() } AS rels
