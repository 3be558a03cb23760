// import/spread_topic_parents: topics that gained a parent (SUBTOPIC_OF links import/link_topic_parents created
//   in this transaction) give their papers the new ancestors: every paper UNDER_TOPIC the child (its whole
//   subtree's works) gains UNDER_TOPIC edges to the parent and to each of the parent's ancestors it lacks.
//   import/rank_papers then keys the papers returned.
// params: $rows, $now
// rows: [{child, parent}] (topic ids)
// returns: one row per paper that gained an edge {id}.
UNWIND $rows AS row
MATCH (:Topic {id: row.child})<-[:UNDER_TOPIC]-(p:Paper)
MATCH (:Topic {id: row.parent})-[:SUBTOPIC_OF*0..]->(a:Topic)
WITH DISTINCT p, a
WHERE NOT EXISTS { (p)-[:UNDER_TOPIC]->(a) }
MERGE (p)-[u:UNDER_TOPIC]->(a)
  ON CREATE SET u.source = 'derived', u.sourceId = 'HAS_TOPIC+SUBTOPIC_OF', u.importedAt = $now
RETURN DISTINCT p.id AS id
