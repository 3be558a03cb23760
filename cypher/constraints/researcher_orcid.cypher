// constraints/researcher_orcid: every Researcher has a distinct orcid (the index also backs lookups on it); returns nothing.
// params: none
CREATE CONSTRAINT researcher_orcid_unique IF NOT EXISTS FOR (n:Researcher) REQUIRE n.orcid IS UNIQUE
