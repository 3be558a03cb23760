// testing/topic_edges: the HAS_TOPIC, SUBTOPIC_OF and UNDER_TOPIC relationships with their end-point ids and
//   provenance, for checking the derived UNDER_TOPIC against the other two without reading the whole graph.
// params: none
// returns: one row per relationship {type, start, end, source, sourceId}.
MATCH (a)-[r:HAS_TOPIC|SUBTOPIC_OF|UNDER_TOPIC]->(b)
RETURN type(r) AS type, a.id AS start, b.id AS end, r.source AS source, r.sourceId AS sourceId
