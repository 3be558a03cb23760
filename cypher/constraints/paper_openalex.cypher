// constraints/paper_openalex: every Paper has a distinct openalexId (the index also backs lookups on it); returns nothing.
// params: none
CREATE CONSTRAINT paper_openalex_unique IF NOT EXISTS FOR (n:Paper) REQUIRE n.openalexId IS UNIQUE
