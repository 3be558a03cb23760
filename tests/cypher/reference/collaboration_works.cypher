// reference/collaboration_works: the works two researchers both authored (no stubs), newest first,
//   unknown years last, then by id.
// params: $a, $b, $first
// returns: one row per work {props: the paper's properties}.
MATCH (:Researcher {id: $a})-[:AUTHORED]->(p:Paper)<-[:AUTHORED]-(:Researcher {id: $b})
WHERE coalesce(p.stub, false) = false
WITH DISTINCT p
ORDER BY p.year IS NULL, p.year DESC, p.id
LIMIT $first
RETURN properties(p) AS props
