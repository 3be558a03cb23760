// constraints/index_published_in_rank: range index on PUBLISHED_IN.rank, the order key kept at write time by
//   import/rank_papers and import/rank_affiliations, so a hub's ordered page is read from the index
//   instead of sorting the whole neighbourhood per request; returns nothing.
// params: none
CREATE RANGE INDEX published_in_rank IF NOT EXISTS FOR ()-[r:PUBLISHED_IN]-() ON (r.rank)
