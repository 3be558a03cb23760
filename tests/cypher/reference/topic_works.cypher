// reference/topic_works: a page of the works tagged with a topic or with any topic below it (SUBTOPIC_OF at any
//   depth), each work once, newest first, unknown years last, then by id.
// params: $id, $offset, $first
// returns: one row {total: how many works, nodes: the page's papers as property maps}.
OPTIONAL MATCH (p:Paper)-[:HAS_TOPIC]->(:Topic)-[:SUBTOPIC_OF*0..]->(:Topic {id: $id})
WITH DISTINCT p
ORDER BY p.year IS NULL, p.year DESC, p.id
WITH collect(properties(p)) AS items
RETURN size(items) AS total, items[$offset..$offset + $first] AS nodes
