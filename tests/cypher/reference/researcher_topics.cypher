// reference/researcher_topics: the topics of a researcher's works (no stubs) with how many works have
//   each and the sum of their scores (1 where none is given); most works first, then the larger weight,
//   then the topic's id.
// params: $id, $first
// returns: one row per topic {far: the topic's properties, works, weight}.
MATCH (:Researcher {id: $id})-[:AUTHORED]->(p:Paper)-[h:HAS_TOPIC]->(t:Topic)
WHERE coalesce(p.stub, false) = false
WITH t, count(DISTINCT p) AS works, sum(coalesce(h.score, 1.0)) AS weight
RETURN properties(t) AS far, works, weight
ORDER BY works DESC, weight DESC, t.id
LIMIT $first
