// fields/Researcher.metrics: citation metrics over the researcher's works (stubs left out); a citation is
//   a CITES edge into the work, counted by the citing paper's year. Computed with sorted lists, not
//   aggregation functions: Neo4j 5 refuses an aggregation nested inside a projection that also reads
//   other values. Unknown years are dropped from the lists, not by an indexable `IS NOT NULL` (which would let
//   Neo4j scan every dated paper instead of expanding from the researcher).
// kind: expression
// on: (_this:Researcher)
// params: none
// returns: {citations, hIndex, i10Index, worksByYear: [{year, count}], citationsByYear: [{year, count}]},
//   years oldest first.
[cited IN [COLLECT {
  MATCH (_this)-[:AUTHORED]->(p:Paper)
  WHERE coalesce(p.stub, false) = false
  RETURN COUNT { (p)<-[:CITES]-(:Paper) } AS n
  ORDER BY n DESC
}] | {
  citations: reduce(total = 0, n IN cited | total + n),
  hIndex: size([i IN range(1, size(cited)) WHERE cited[i - 1] >= i]),
  i10Index: size([n IN cited WHERE n >= 10]),
  worksByYear: [ys IN [[y IN COLLECT {
    MATCH (_this)-[:AUTHORED]->(w:Paper)
    WHERE coalesce(w.stub, false) = false
    RETURN w.year AS year
    ORDER BY year IS NULL, year
  } WHERE y IS NOT NULL]] | [starts IN [[i IN range(0, size(ys) - 1) WHERE i = 0 OR ys[i] <> ys[i - 1]]] |
    [k IN range(0, size(starts) - 1) | {year: ys[starts[k]], count: coalesce(starts[k + 1], size(ys)) - starts[k]}]
  ][0]][0],
  citationsByYear: [ys IN [[y IN COLLECT {
    MATCH (_this)-[:AUTHORED]->(w:Paper)<-[:CITES]-(c:Paper)
    WHERE coalesce(w.stub, false) = false
    RETURN c.year AS year
    ORDER BY year IS NULL, year
  } WHERE y IS NOT NULL]] | [starts IN [[i IN range(0, size(ys) - 1) WHERE i = 0 OR ys[i] <> ys[i - 1]]] |
    [k IN range(0, size(starts) - 1) | {year: ys[starts[k]], count: coalesce(starts[k + 1], size(ys)) - starts[k]}]
  ][0]][0]
}][0]
