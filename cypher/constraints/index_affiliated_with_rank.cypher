// constraints/index_affiliated_with_rank: range index on AFFILIATED_WITH.rank, the order key kept at write time by
//   import/rank_papers and import/rank_affiliations, so a hub's ordered page is read from the index
//   instead of sorting the whole neighbourhood per request; returns nothing.
// params: none
CREATE RANGE INDEX affiliated_with_rank IF NOT EXISTS FOR ()-[r:AFFILIATED_WITH]-() ON (r.rank)
