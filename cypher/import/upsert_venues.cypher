// import/upsert_venues: resolves each venue row by ISSN, then OpenAlex id, then graph id, or creates it.
// params: $rows, $now
// rows: [{key, id, name, kind, issn, openalexId, source, sourceId}]
// returns: one row per input row {key, id}.
UNWIND $rows AS row
OPTIONAL MATCH (byIssn:Venue {issn: row.issn})
OPTIONAL MATCH (byOpenalex:Venue {openalexId: row.openalexId})
OPTIONAL MATCH (byId:Venue {id: row.id})
WITH row, byIssn, byOpenalex, coalesce(byIssn, byOpenalex, byId) AS found
MERGE (v:Venue {id: coalesce(found.id, row.id)})
  ON CREATE SET v.source = row.source, v.sourceId = row.sourceId, v.importedAt = $now
SET v.issn = CASE WHEN byIssn IS NULL THEN coalesce(v.issn, row.issn) ELSE v.issn END,
    v.openalexId = CASE WHEN byOpenalex IS NULL THEN coalesce(v.openalexId, row.openalexId) ELSE v.openalexId END,
    v.name = coalesce(v.name, row.name),
    v.kind = coalesce(v.kind, row.kind)
RETURN row.key AS key, v.id AS id
