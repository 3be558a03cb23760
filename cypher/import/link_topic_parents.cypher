// import/link_topic_parents: the topic hierarchy, child SUBTOPIC_OF parent (domain > field > subfield > topic).
// params: $rows, $now
// rows: [{child, parent, source, sourceId}] (topic ids, both already merged)
// returns: one row per input row {child, parent, created: whether this statement added the link}; the links
//   created are handed to import/spread_topic_parents.
UNWIND $rows AS row
MATCH (c:Topic {id: row.child})
MATCH (p:Topic {id: row.parent})
WITH row, c, p, EXISTS { (c)-[:SUBTOPIC_OF]->(p) } AS had
MERGE (c)-[s:SUBTOPIC_OF]->(p)
  ON CREATE SET s.source = row.source, s.sourceId = row.sourceId, s.importedAt = $now
RETURN c.id AS child, p.id AS parent, NOT had AS created
