// testing/drop_ranks: removes every order key, as on a graph imported before they existed; one row {dropped}.
// params: none
MATCH ()-[r]->()
WHERE r.rank IS NOT NULL
REMOVE r.rank
RETURN count(r) AS dropped
