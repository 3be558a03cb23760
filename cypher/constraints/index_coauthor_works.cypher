// constraints/index_coauthor_works: range index on COAUTHOR.works (strongest collaborators first); returns nothing.
// params: none
CREATE INDEX index_coauthor_works IF NOT EXISTS FOR ()-[c:COAUTHOR]-() ON (c.works)
