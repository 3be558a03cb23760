// testing/load_extras: adds the neighbours the standard fixtures lack (topics with parents, an institution,
//   citing papers, a stub, co-authorship, accounts, a researcher without a name), all with ids `t-x-...`
//   or `source: 't-x'`, so testing/drop_extras removes exactly them; some carry external ids (DOI, PMID,
//   arXiv, OpenAlex, ORCID, ROR, ISSN) for the lookups. Idempotent.
// params: $now
// returns: one row {done: true}.
MERGE (field:Topic {id: 't-x-t-field'}) SET field.name = 'Testing', field.level = 'field', field.source = 't-x'
MERGE (sub:Topic {id: 't-x-t-sub'}) SET sub.name = 'Graph testing', sub.level = 'subfield', sub.source = 't-x'
MERGE (leaf:Topic {id: 't-x-t-leaf'}) SET leaf.name = 'Planner tests', leaf.level = 'topic', leaf.source = 't-x'
MERGE (sub)-[:SUBTOPIC_OF {source: 't-x'}]->(field)
MERGE (leaf)-[:SUBTOPIC_OF {source: 't-x'}]->(sub)
MERGE (inst:Institution {id: 't-x-i-1'})
SET inst.name = 'University of Tests', inst.country = 'NZ', inst.ror = '05dxps055', inst.openalexId = 'I42',
    inst.source = 't-x',
    inst.domains = ['tests.example']
MERGE (stub:Paper {id: 't-x-stub'}) SET stub.stub = true, stub.doi = '10.9999/stub', stub.source = 't-x'
MERGE (cite1:Paper {id: 't-x-p-1'})
SET cite1.title = 'Citing paper one', cite1.year = 2025, cite1.type = 'article', cite1.stub = false,
    cite1.publicationDate = '2025-03-04', cite1.importedAt = $now, cite1.source = 't-x', cite1.sources = ['t-x'],
    cite1.doi = '10.5555/extra.one', cite1.pmid = '4242', cite1.arxivId = '2101.00001', cite1.openalexId = 'W42'
MERGE (cite2:Paper {id: 't-x-p-2'})
SET cite2.title = 'Citing paper two', cite2.year = 2023, cite2.type = 'preprint', cite2.source = 't-x'
MERGE (writer:Researcher {id: 't-x-r-1'})
SET writer.name = 'Extra Writer', writer.source = 't-x', writer.orcid = '0000-0003-1415-9269', writer.openalexId = 'A42'
MERGE (noname:Researcher {id: 't-x-r-noname'}) SET noname.source = 't-x'
MERGE (fan:Account {id: 't-x-a-1'}) SET fan.source = 't-x'
MERGE (owner:Account {id: 't-x-a-2'}) SET owner.source = 't-x', owner.verifiedOrcid = '0000-0001-0000-0001'
MERGE (xv:Venue {id: 't-x-v-1'})
SET xv.name = 'Extra Venue', xv.kind = 'conference', xv.source = 't-x', xv.issn = '1234-567X', xv.openalexId = 'S42'
WITH field, sub, leaf, inst, stub, cite1, cite2, writer, fan, owner, xv
MATCH (solo:Researcher {id: 't-r-solo'})
MATCH (hub:Researcher {id: 't-r-hub'})
MATCH (c1:Researcher {id: 't-r-c1'})
MATCH (c2:Researcher {id: 't-r-c2'})
MATCH (soloPaper:Paper {id: 't-p-solo'})
MATCH (hub1:Paper {id: 't-p-hub-001'})
MATCH (hub2:Paper {id: 't-p-hub-002'})
MERGE (writer)-[w1:AUTHORED]->(cite1) SET w1.position = 1, w1.corresponding = true, w1.institutions = ['t-x-i-1']
MERGE (hub)-[w2:AUTHORED]->(cite1) SET w2.position = 2, w2.institutions = ['t-x-i-1', 't-x-i-missing']
MERGE (writer)-[w3:AUTHORED]->(cite2) SET w3.position = 1
MERGE (cite1)-[:CITES]->(hub1)
MERGE (cite1)-[:CITES]->(soloPaper)
MERGE (cite1)-[:CITES]->(stub)
MERGE (cite2)-[:CITES]->(hub1)
MERGE (cite2)-[:CITES]->(cite1)
MERGE (hub1)-[t1:HAS_TOPIC]->(leaf) SET t1.score = 0.9
MERGE (hub2)-[t2:HAS_TOPIC]->(leaf) SET t2.score = 0.4
MERGE (hub2)-[:HAS_TOPIC]->(sub)
MERGE (soloPaper)-[:HAS_TOPIC]->(sub)
MERGE (cite1)-[:PUBLISHED_IN]->(xv)
MERGE (hub)-[a1:AFFILIATED_WITH {source: 't-x'}]->(inst) SET a1.startYear = 2001, a1.endYear = 2010
MERGE (solo)-[a2:AFFILIATED_WITH {source: 't-x'}]->(inst) SET a2.startYear = 2020
MERGE (c1)-[k1:COAUTHOR {source: 't-x'}]->(hub) SET k1.works = 5, k1.firstYear = 1995, k1.lastYear = 2020
MERGE (c2)-[k2:COAUTHOR {source: 't-x'}]->(hub) SET k2.works = 1, k2.firstYear = 2001, k2.lastYear = 2001
MERGE (fan)-[:FOLLOWS {source: 't-x'}]->(hub)
MERGE (owner)-[c:CLAIMED {source: 't-x'}]->(solo) SET c.method = 'orcid', c.at = $now
RETURN true AS done
