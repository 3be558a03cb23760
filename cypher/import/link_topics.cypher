// import/link_topics: HAS_TOPIC {score} from papers to topics; an existing edge keeps its first score.
// params: $rows, $now
// rows: [{paper, topic, score, source, sourceId}] (graph ids)
// returns: one row {links: rows merged}.
UNWIND $rows AS row
MATCH (p:Paper {id: row.paper})
MATCH (t:Topic {id: row.topic})
MERGE (p)-[h:HAS_TOPIC]->(t)
  ON CREATE SET h.score = row.score, h.source = row.source, h.sourceId = row.sourceId, h.importedAt = $now
RETURN count(h) AS links
