// import/upsert_topics: merges topics by id (MeSH descriptors, keywords, OpenAlex topics and their ancestors).
// params: $rows, $now
// rows: [{id, name, level, source, sourceId}]
// returns: one row {topics: rows merged}.
UNWIND $rows AS row
MERGE (t:Topic {id: row.id})
  ON CREATE SET t.source = row.source, t.sourceId = row.sourceId, t.importedAt = $now
SET t.name = coalesce(t.name, row.name), t.level = coalesce(t.level, row.level)
RETURN count(t) AS topics
