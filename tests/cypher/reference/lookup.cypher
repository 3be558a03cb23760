// reference/lookup: the node with this id that carries one of the labels (the reference's root fields).
// params: $id, $labels
// returns: at most one row {props: the node's properties, labels: its labels among $labels}.
MATCH (n)
WHERE n.id = $id AND any(label IN labels(n) WHERE label IN $labels)
RETURN properties(n) AS props, [label IN labels(n) WHERE label IN $labels] AS labels
