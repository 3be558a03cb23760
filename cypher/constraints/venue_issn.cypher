// constraints/venue_issn: every Venue has a distinct issn (the index also backs lookups on it); returns nothing.
// params: none
CREATE CONSTRAINT venue_issn_unique IF NOT EXISTS FOR (n:Venue) REQUIRE n.issn IS UNIQUE
