// reference/paper_topics: a paper's topics, highest score first, unknown scores last, then by topic id.
// params: $id, $first
// returns: one row per topic {edge: the HAS_TOPIC edge's properties, far: the topic's properties}.
MATCH (:Paper {id: $id})-[h:HAS_TOPIC]->(t:Topic)
RETURN properties(h) AS edge, properties(t) AS far
ORDER BY h.score IS NULL, h.score DESC, t.id
LIMIT $first
