// testing/old_format_ranks: rewrites every order key in the format used before the separator was $sep (a `|`),
//   as on a graph keyed by an older release; one row {rewritten}.
// params: $sep
MATCH ()-[r]->()
WHERE r.rank IS NOT NULL
SET r.rank = replace(r.rank, $sep, '|')
RETURN count(r) AS rewritten
