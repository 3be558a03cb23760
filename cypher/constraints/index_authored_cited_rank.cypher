// constraints/index_authored_cited_rank: range index on AUTHORED.citedRank, the most-cited-first order key kept at write
//   time by import/rank_papers, so a hub's list sorted by citations is read from the index; returns nothing.
// params: none
CREATE RANGE INDEX authored_cited_rank IF NOT EXISTS FOR ()-[r:AUTHORED]-() ON (r.citedRank)
