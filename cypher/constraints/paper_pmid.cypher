// constraints/paper_pmid: every Paper has a distinct pmid (the index also backs lookups on it); returns nothing.
// params: none
CREATE CONSTRAINT paper_pmid_unique IF NOT EXISTS FOR (n:Paper) REQUIRE n.pmid IS UNIQUE
