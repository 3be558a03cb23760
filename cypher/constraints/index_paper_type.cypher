// constraints/index_paper_type: range index on Paper.type (filters works by type); returns nothing.
// params: none
CREATE INDEX index_paper_type IF NOT EXISTS FOR (n:Paper) ON (n.type)
