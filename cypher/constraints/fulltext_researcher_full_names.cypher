// constraints/fulltext_researcher_full_names: full-text index over researcher full names only (typeahead: the
//   display name, often the same words, would count a match twice); returns nothing.
// params: none
CREATE FULLTEXT INDEX researcher_full_names IF NOT EXISTS FOR (n:Researcher) ON EACH [n.name]
