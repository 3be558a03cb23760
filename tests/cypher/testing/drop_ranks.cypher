// testing/drop_ranks: removes every order key (rank, citedRank), as on a graph imported before they existed; one row {dropped}.
// params: none
MATCH ()-[r]->()
WHERE r.rank IS NOT NULL OR r.citedRank IS NOT NULL
REMOVE r.rank, r.citedRank
RETURN count(r) AS dropped
