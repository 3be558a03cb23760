// constraints/fulltext_venue_names: full-text index over venue names (search and typeahead); returns nothing.
// params: none
CREATE FULLTEXT INDEX venue_names IF NOT EXISTS FOR (n:Venue) ON EACH [n.name]
