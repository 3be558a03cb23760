// reference/lookup: the nodes carrying one of the labels whose property equals one of $keys (property name
//   -> value: `id`, `doi`, `orcid`, ...), by a plain scan (the reference's root fields).
// params: $keys, $labels
// returns: one row per node found {props: the node's properties, labels: its labels among $labels}.
MATCH (n)
WHERE any(label IN labels(n) WHERE label IN $labels)
  AND any(key IN keys($keys) WHERE n[key] = $keys[key])
RETURN properties(n) AS props, [label IN labels(n) WHERE label IN $labels] AS labels
