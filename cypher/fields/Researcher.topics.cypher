// fields/Researcher.topics: the topics of the researcher's works (stubs left out), most works first, then
//   the highest summed score, then id. Grouped with sorted lists, not aggregation functions: Neo4j 5
//   refuses an aggregation nested inside a projection that also reads other values.
// kind: pattern
// on: (_this:Researcher)
// params: none
// binds: _that (Topic), _works (works with the topic), _weight (summed score, 1 where none is given)
UNWIND [COLLECT {
  MATCH (_this)-[:AUTHORED]->(p:Paper)-[h:HAS_TOPIC]->(t:Topic)
  WHERE coalesce(p.stub, false) = false
  RETURN [t.id, coalesce(h.score, 1.0)] AS pair
  ORDER BY pair[0]
}] AS _pairs
WITH _pairs, [i IN range(0, size(_pairs) - 1) WHERE i = 0 OR _pairs[i][0] <> _pairs[i - 1][0]] AS _starts
UNWIND range(0, size(_starts) - 1) AS _k
WITH _pairs[_starts[_k]][0] AS _id,
     coalesce(_starts[_k + 1], size(_pairs)) - _starts[_k] AS _works,
     reduce(s = 0.0, j IN range(_starts[_k], coalesce(_starts[_k + 1], size(_pairs)) - 1) | s + _pairs[j][1]) AS _weight
ORDER BY _works DESC, _weight DESC, _id
// page
MATCH (_that:Topic {id: _id})
WITH _that, _works, _weight
ORDER BY _works DESC, _weight DESC, _that.id
