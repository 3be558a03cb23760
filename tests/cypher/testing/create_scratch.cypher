// testing/create_scratch: a write, used to show that reads run in read transactions; one row {created}.
// params: none
CREATE (s:TestScratch)
RETURN count(s) AS created
