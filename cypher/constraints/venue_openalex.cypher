// constraints/venue_openalex: every Venue has a distinct openalexId (the index also backs lookups on it); returns nothing.
// params: none
CREATE CONSTRAINT venue_openalex_unique IF NOT EXISTS FOR (n:Venue) REQUIRE n.openalexId IS UNIQUE
