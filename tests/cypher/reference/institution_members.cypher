// reference/institution_members: a page of the researchers affiliated with an institution, by name
//   ignoring case, then by id.
// params: $id, $offset, $first
// returns: one row {total: how many members, nodes: the page's researchers as property maps}.
OPTIONAL MATCH (r:Researcher)-[:AFFILIATED_WITH]->(:Institution {id: $id})
WITH DISTINCT r
ORDER BY toLower(r.name), r.id
WITH collect(properties(r)) AS items
RETURN size(items) AS total, items[$offset..$offset + $first] AS nodes
