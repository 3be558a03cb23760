// import/underived_papers: the next $limit papers in id order after $after, and those of them that lack an
//   UNDER_TOPIC edge their HAS_TOPIC and SUBTOPIC_OF edges imply (a graph imported before UNDER_TOPIC existed),
//   for `migrate` to derive them chunk by chunk (keyset paging over the Paper.id uniqueness index, so a run
//   checks each paper once).
// params: $after, $limit
// returns: one row {ids: the papers to derive, last: the last paper id of the chunk (null past the end)}.
MATCH (p:Paper)
WHERE p.id > $after
WITH p ORDER BY p.id LIMIT $limit
WITH collect(p) AS chunk
RETURN [p IN chunk WHERE EXISTS {
          MATCH (p)-[:HAS_TOPIC]->(:Topic)-[:SUBTOPIC_OF*0..]->(a:Topic)
          WHERE NOT EXISTS { (p)-[:UNDER_TOPIC]->(a) }
        } | p.id] AS ids,
       chunk[-1].id AS last
