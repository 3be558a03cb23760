// testing/missing_provenance: how many nodes (but the marker) and relationships lack source, sourceId or importedAt.
// params: none
// returns: one row {nodes, relationships}.
RETURN
  COUNT { MATCH (n) WHERE NOT n:TestSuiteOwnsThisDatabase
          AND (n.source IS NULL OR n.sourceId IS NULL OR n.importedAt IS NULL) } AS nodes,
  COUNT { MATCH ()-[r]->() WHERE r.source IS NULL OR r.sourceId IS NULL OR r.importedAt IS NULL } AS relationships
