// import/upsert_researchers: resolves each identified researcher row by ORCID, then OpenAlex id, then graph id,
//   or creates it; fills only what the record lacks (a later import never overwrites an owner's value).
// params: $rows, $now
// rows: [{key, id, name, displayName, familyKey, orcid, openalexId, source, sourceId, sourceIds, sources}]
// returns: one row per input row {key, id, existed, seen}.
UNWIND $rows AS row
OPTIONAL MATCH (byOrcid:Researcher {orcid: row.orcid})
OPTIONAL MATCH (byOpenalex:Researcher {openalexId: row.openalexId})
OPTIONAL MATCH (byId:Researcher {id: row.id})
WITH row, byOrcid, byOpenalex, coalesce(byOrcid, byOpenalex, byId) AS found
WITH row, byOrcid, byOpenalex, found, found IS NOT NULL AS existed,
     found IS NOT NULL AND all(s IN row.sourceIds WHERE s IN coalesce(found.sourceIds, [])) AS seen
MERGE (r:Researcher {id: coalesce(found.id, row.id)})
  ON CREATE SET r.source = row.source, r.sourceId = row.sourceId, r.importedAt = $now, r.openToCollaborate = false
SET r.orcid = CASE WHEN byOrcid IS NULL THEN coalesce(r.orcid, row.orcid) ELSE r.orcid END,
    r.openalexId = CASE WHEN byOpenalex IS NULL THEN coalesce(r.openalexId, row.openalexId) ELSE r.openalexId END,
    r.name = coalesce(r.name, row.name),
    r.displayName = coalesce(r.displayName, row.displayName),
    r.familyKey = coalesce(r.familyKey, row.familyKey),
    r.sources = coalesce(r.sources, []) + [s IN row.sources WHERE NOT s IN coalesce(r.sources, [])],
    r.sourceIds = coalesce(r.sourceIds, []) + [s IN row.sourceIds WHERE NOT s IN coalesce(r.sourceIds, [])]
RETURN row.key AS key, r.id AS id, existed, seen
