// constraints/index_researcher_name: range index on Researcher.name (name lookups and ordering); returns nothing.
// params: none
CREATE INDEX index_researcher_name IF NOT EXISTS FOR (n:Researcher) ON (n.name)
