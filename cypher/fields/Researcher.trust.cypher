// fields/Researcher.trust: the inputs of the trust formula (resolvers/trust.py).
// kind: expression
// on: (_this:Researcher)
// params: none
// Predicates are written so no index can serve them (`coalesce(...) IS NOT NULL`): Neo4j must expand from
//   the researcher, never scan every paper with a DOI.
// returns: {orcid, openalexId, sources, identifiedWorks, affiliations, institutionDomains,
//   claim: {method, at, accountOrcid, emailDomain} | null}
{
  orcid: _this.orcid,
  openalexId: _this.openalexId,
  sources: coalesce(_this.sources, CASE WHEN _this.source IS NULL THEN [] ELSE [_this.source] END),
  identifiedWorks: COUNT {
    (_this)-[:AUTHORED]->(p:Paper)
    WHERE coalesce(p.stub, false) = false AND coalesce(p.doi, p.pmid, p.arxivId) IS NOT NULL
  },
  affiliations: COUNT { (_this)-[:AFFILIATED_WITH]->(:Institution) },
  institutionDomains: COLLECT {
    MATCH (_this)-[:AFFILIATED_WITH]->(i:Institution)
    UNWIND coalesce(i.domains, []) AS domain
    RETURN DISTINCT domain
  },
  claim: COLLECT {
    MATCH (a:Account)-[c:CLAIMED]->(_this)
    RETURN {method: c.method, at: toString(c.at), accountOrcid: a.verifiedOrcid, emailDomain: a.verifiedEmailDomain}
    LIMIT 1
  }[0]
}
