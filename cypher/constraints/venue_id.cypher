// constraints/venue_id: every Venue has a distinct id (the index also backs lookups on it); returns nothing.
// params: none
CREATE CONSTRAINT venue_id_unique IF NOT EXISTS FOR (n:Venue) REQUIRE n.id IS UNIQUE
