// reference/researcher_affiliation_imported: whether a researcher has any affiliation.
// params: $id
// returns: one row {imported: boolean}.
OPTIONAL MATCH (:Researcher {id: $id})-[a:AFFILIATED_WITH]->(:Institution)
RETURN count(a) > 0 AS imported
