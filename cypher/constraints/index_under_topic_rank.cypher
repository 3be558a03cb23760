// constraints/index_under_topic_rank: range index on UNDER_TOPIC.rank, the order key of the derived
//   paper-to-topic relationship (a topic's works with its subtopics'), kept at write time by
//   import/rank_papers, so a domain's or field's ordered page is an index range read, not a sort of the
//   whole subtree's works per request; returns nothing.
// params: none
CREATE RANGE INDEX under_topic_rank IF NOT EXISTS FOR ()-[r:UNDER_TOPIC]-() ON (r.rank)
