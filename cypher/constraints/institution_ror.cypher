// constraints/institution_ror: every Institution has a distinct ror (the index also backs lookups on it); returns nothing.
// params: none
CREATE CONSTRAINT institution_ror_unique IF NOT EXISTS FOR (n:Institution) REQUIRE n.ror IS UNIQUE
