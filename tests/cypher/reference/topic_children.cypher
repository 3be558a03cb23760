// reference/topic_children: the narrower topics of a topic, by name, then by id.
// params: $id, $first
// returns: one row per child {props: the child's properties}.
MATCH (t:Topic)-[:SUBTOPIC_OF]->(:Topic {id: $id})
RETURN properties(t) AS props
ORDER BY t.name, t.id
LIMIT $first
