// constraints/researcher_openalex: every Researcher has a distinct openalexId (the index also backs lookups on it); returns nothing.
// params: none
CREATE CONSTRAINT researcher_openalex_unique IF NOT EXISTS FOR (n:Researcher) REQUIRE n.openalexId IS UNIQUE
