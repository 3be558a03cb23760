// sample/counts: the size of the graph by label and relationship type, for the load report.
// params: none
// returns: one row {researchers, papers, venues, authored}.
RETURN COUNT { (:Researcher) } AS researchers, COUNT { (:Paper) } AS papers,
  COUNT { (:Venue) } AS venues, COUNT { ()-[:AUTHORED]->() } AS authored
