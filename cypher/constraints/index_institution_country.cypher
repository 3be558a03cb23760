// constraints/index_institution_country: range index on Institution.country (filters institutions by country); returns nothing.
// params: none
CREATE INDEX index_institution_country IF NOT EXISTS FOR (n:Institution) ON (n.country)
