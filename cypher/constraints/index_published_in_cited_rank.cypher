// constraints/index_published_in_cited_rank: range index on PUBLISHED_IN.citedRank, the most-cited-first order key kept at write
//   time by import/rank_papers, so a hub's list sorted by citations is read from the index; returns nothing.
// params: none
CREATE RANGE INDEX published_in_cited_rank IF NOT EXISTS FOR ()-[r:PUBLISHED_IN]-() ON (r.citedRank)
