// constraints/institution_openalex: every Institution has a distinct openalexId (the index also backs lookups on it); returns nothing.
// params: none
CREATE CONSTRAINT institution_openalex_unique IF NOT EXISTS FOR (n:Institution) REQUIRE n.openalexId IS UNIQUE
