// reference/topic_parent: the broader topic of a topic (the smallest id if there are several).
// params: $id
// returns: at most one row {props: the parent's properties}.
MATCH (:Topic {id: $id})-[:SUBTOPIC_OF]->(t:Topic)
RETURN properties(t) AS props
ORDER BY t.id
LIMIT 1
