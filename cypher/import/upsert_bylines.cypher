// import/upsert_bylines: resolves name-only authors of papers that existed. An author in the same byline slot (same paper,
//   same position, same family name) from any source is that author; else the per-source name key decides
//   (one normalised full name is one person within a source). Creates the researcher when neither exists.
// params: $rows, $now
// rows: [{key, paper, position, id, name, displayName, familyKey, source, sourceId}]
// returns: one row per input row {key, id}.
UNWIND $rows AS row
CALL (row) {
  OPTIONAL MATCH (p:Paper {id: row.paper})
  OPTIONAL MATCH (p)<-[a:AUTHORED]-(b:Researcher)
  WHERE a.position = row.position AND b.familyKey = row.familyKey
  RETURN b AS byline
  LIMIT 1
}
WITH row, byline
MERGE (r:Researcher {id: coalesce(byline.id, row.id)})
  ON CREATE SET r.source = row.source, r.sourceId = row.sourceId, r.importedAt = $now, r.openToCollaborate = false,
                r.sources = [row.source], r.sourceIds = [row.sourceId]
SET r.name = coalesce(r.name, row.name),
    r.displayName = coalesce(r.displayName, row.displayName),
    r.familyKey = coalesce(r.familyKey, row.familyKey)
RETURN row.key AS key, r.id AS id
