// import/upsert_institutions: resolves each institution row by ROR, then OpenAlex id, then graph id (a
//   normalised-name key), or creates it.
// params: $rows, $now
// rows: [{key, id, name, ror, openalexId, country, type, source, sourceId}]
// returns: one row per input row {key, id}.
UNWIND $rows AS row
OPTIONAL MATCH (byRor:Institution {ror: row.ror})
OPTIONAL MATCH (byOpenalex:Institution {openalexId: row.openalexId})
OPTIONAL MATCH (byId:Institution {id: row.id})
WITH row, byRor, byOpenalex, coalesce(byRor, byOpenalex, byId) AS found
MERGE (i:Institution {id: coalesce(found.id, row.id)})
  ON CREATE SET i.source = row.source, i.sourceId = row.sourceId, i.importedAt = $now
SET i.ror = CASE WHEN byRor IS NULL THEN coalesce(i.ror, row.ror) ELSE i.ror END,
    i.openalexId = CASE WHEN byOpenalex IS NULL THEN coalesce(i.openalexId, row.openalexId) ELSE i.openalexId END,
    i.name = coalesce(i.name, row.name),
    i.country = coalesce(i.country, row.country),
    i.type = coalesce(i.type, row.type)
RETURN row.key AS key, i.id AS id
