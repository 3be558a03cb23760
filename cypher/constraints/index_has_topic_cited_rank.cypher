// constraints/index_has_topic_cited_rank: range index on HAS_TOPIC.citedRank, the most-cited-first order key kept at write
//   time by import/rank_papers, so a hub's list sorted by citations is read from the index; returns nothing.
// params: none
CREATE RANGE INDEX has_topic_cited_rank IF NOT EXISTS FOR ()-[r:HAS_TOPIC]-() ON (r.citedRank)
