// import/upsert_named: merges name-only authors of papers created in this transaction by their per-source
//   name key (one normalised full name is one person within a source); an existing record is left as it is.
// params: $rows, $now
// rows: [{id, name, displayName, familyKey, source, sourceId}] (one row per id)
// returns: one row {researchers: rows merged}.
UNWIND $rows AS row
MERGE (r:Researcher {id: row.id})
  ON CREATE SET r.name = row.name, r.displayName = row.displayName, r.familyKey = row.familyKey,
                r.openToCollaborate = false, r.source = row.source, r.sourceId = row.sourceId, r.importedAt = $now,
                r.sources = [row.source], r.sourceIds = [row.sourceId]
RETURN count(r) AS researchers
