// constraints/index_institution_name: range index on Institution.name (institution lookups by name); returns nothing.
// params: none
CREATE INDEX index_institution_name IF NOT EXISTS FOR (n:Institution) ON (n.name)
