// reference/neighbours: every relationship of the node with this id (of any API label), with the node at its
//   other end, for the reference's `where` filters and aggregate sorts.
// params: $id
// returns: one row per relationship {type, out: whether it leaves the node, rel: its properties,
//   props: the other node's properties, labels: the other node's labels}.
CALL () {
  MATCH (n:Paper {id: $id}) RETURN n
  UNION
  MATCH (n:Researcher {id: $id}) RETURN n
  UNION
  MATCH (n:Topic {id: $id}) RETURN n
  UNION
  MATCH (n:Institution {id: $id}) RETURN n
  UNION
  MATCH (n:Venue {id: $id}) RETURN n
}
MATCH (n)-[r]-(m)
RETURN type(r) AS type, startNode(r) = n AS out, properties(r) AS rel, properties(m) AS props, labels(m) AS labels
