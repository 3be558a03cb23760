// reference/paper_references: a page of the works a paper cites, newest first; stubs and unknown years
//   last; then by id.
// params: $id, $offset, $first
// returns: one row {total: how many cited works, nodes: the page's papers as property maps}.
OPTIONAL MATCH (:Paper {id: $id})-[:CITES]->(p:Paper)
WITH DISTINCT p
ORDER BY coalesce(p.stub, false), p.year IS NULL, p.year DESC, p.id
WITH collect(properties(p)) AS items
RETURN size(items) AS total, items[$offset..$offset + $first] AS nodes
