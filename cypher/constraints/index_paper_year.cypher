// constraints/index_paper_year: range index on Paper.year (filters and orders works by year); returns nothing.
// params: none
CREATE INDEX index_paper_year IF NOT EXISTS FOR (n:Paper) ON (n.year)
