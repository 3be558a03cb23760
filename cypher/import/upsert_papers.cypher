// import/upsert_papers: resolves each row to an existing paper by any persistent id (DOI, PMID, arXiv id,
//   OpenAlex id, then graph id) or creates it. Fills only what the paper lacks (the first source wins, so a
//   later import never overwrites a value); sets a persistent id only when no other paper holds it.
// params: $rows, $now
// rows: [{key, id, title, abstract, year, publicationDate, type, language, doi, pmid, pmcid, arxivId,
//   openalexId, source, sourceId, sources, sourceIds}] (records' own works; cited works go to import/upsert_stubs).
// returns: one row per input row {key, id, existed, seen, dated}: the graph id; whether a non-stub paper was
//   there before; whether every source record of the row had been imported into it already; whether this
//   row gave a year to a paper that existed without one (its co-authorship years must widen).
UNWIND $rows AS row
OPTIONAL MATCH (byDoi:Paper {doi: row.doi})
OPTIONAL MATCH (byPmid:Paper {pmid: row.pmid})
OPTIONAL MATCH (byArxiv:Paper {arxivId: row.arxivId})
OPTIONAL MATCH (byOpenalex:Paper {openalexId: row.openalexId})
OPTIONAL MATCH (byId:Paper {id: row.id})
WITH row, byDoi, byPmid, byArxiv, byOpenalex, coalesce(byDoi, byPmid, byArxiv, byOpenalex, byId) AS found
WITH row, byDoi, byPmid, byArxiv, byOpenalex, found,
     found IS NOT NULL AND NOT coalesce(found.stub, false) AS existed,
     found IS NOT NULL AND all(s IN row.sourceIds WHERE s IN coalesce(found.sourceIds, [])) AS seen,
     found IS NOT NULL AND NOT coalesce(found.stub, false) AND found.year IS NULL AND row.year IS NOT NULL AS dated
MERGE (p:Paper {id: coalesce(found.id, row.id)})
  ON CREATE SET p.source = row.source, p.sourceId = row.sourceId, p.importedAt = $now
SET p.doi = CASE WHEN byDoi IS NULL THEN coalesce(p.doi, row.doi) ELSE p.doi END,
    p.pmid = CASE WHEN byPmid IS NULL THEN coalesce(p.pmid, row.pmid) ELSE p.pmid END,
    p.arxivId = CASE WHEN byArxiv IS NULL THEN coalesce(p.arxivId, row.arxivId) ELSE p.arxivId END,
    p.openalexId = CASE WHEN byOpenalex IS NULL THEN coalesce(p.openalexId, row.openalexId) ELSE p.openalexId END,
    p.pmcid = coalesce(p.pmcid, row.pmcid),
    p.title = coalesce(p.title, row.title),
    p.abstract = coalesce(p.abstract, row.abstract),
    p.year = coalesce(p.year, row.year),
    p.publicationDate = coalesce(p.publicationDate, row.publicationDate),
    p.type = coalesce(p.type, row.type),
    p.language = coalesce(p.language, row.language),
    p.stub = false,
    p.sources = coalesce(p.sources, []) + [s IN row.sources WHERE NOT s IN coalesce(p.sources, [])],
    p.sourceIds = coalesce(p.sourceIds, []) + [s IN row.sourceIds WHERE NOT s IN coalesce(p.sourceIds, [])]
RETURN row.key AS key, p.id AS id, existed, seen, dated
