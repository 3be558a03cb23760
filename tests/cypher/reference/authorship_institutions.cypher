// reference/authorship_institutions: the institutions with the given ids (an authorship's own list),
//   in the list's order; ids without an institution are left out.
// params: $ids, $first
// returns: one row per institution {props: its properties}.
UNWIND range(0, size($ids) - 1) AS i
MATCH (n:Institution {id: $ids[i]})
RETURN properties(n) AS props
ORDER BY i
LIMIT $first
