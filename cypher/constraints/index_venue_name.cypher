// constraints/index_venue_name: range index on Venue.name (venue lookups by name); returns nothing.
// params: none
CREATE INDEX index_venue_name IF NOT EXISTS FOR (n:Venue) ON (n.name)
