// constraints/index_has_topic_rank: range index on HAS_TOPIC.rank, the order key kept at write time by
//   import/rank_papers and import/rank_affiliations, so a hub's ordered page is read from the index
//   instead of sorting the whole neighbourhood per request; returns nothing.
// params: none
CREATE RANGE INDEX has_topic_rank IF NOT EXISTS FOR ()-[r:HAS_TOPIC]-() ON (r.rank)
