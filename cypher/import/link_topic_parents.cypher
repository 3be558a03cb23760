// import/link_topic_parents: the topic hierarchy, child SUBTOPIC_OF parent (domain > field > subfield > topic).
// params: $rows, $now
// rows: [{child, parent, source, sourceId}] (topic ids, both already merged)
// returns: one row {links: rows merged}.
UNWIND $rows AS row
MATCH (c:Topic {id: row.child})
MATCH (p:Topic {id: row.parent})
MERGE (c)-[s:SUBTOPIC_OF]->(p)
  ON CREATE SET s.source = row.source, s.sourceId = row.sourceId, s.importedAt = $now
RETURN count(s) AS links
