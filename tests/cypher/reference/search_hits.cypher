// reference/search_hits: the best hits of one full-text index for a Lucene query (the reference's search and
//   typeahead), as Lucene ranks them.
// params: $index, $query, $limit
// returns: one row per hit {labels: the node's labels, props: its properties, score: Lucene's score}.
CALL db.index.fulltext.queryNodes($index, $query, {limit: $limit}) YIELD node, score
RETURN labels(node) AS labels, properties(node) AS props, score
