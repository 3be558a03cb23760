// constraints/paper_doi: every Paper has a distinct doi (the index also backs lookups on it); returns nothing.
// params: none
CREATE CONSTRAINT paper_doi_unique IF NOT EXISTS FOR (n:Paper) REQUIRE n.doi IS UNIQUE
