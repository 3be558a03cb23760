"""The graph writer: one batch of import records becomes one write transaction of `cypher/import/*` statements.

Order inside the transaction: venues, institutions, topics (and their parents), papers, the stubs of the
works they cite, identified researchers (ORCID / OpenAlex), name-only authors (matched by byline slot,
then by name key), then the edges (AUTHORED, co-authorship, PUBLISHED_IN, HAS_TOPIC, CITES,
AFFILIATED_WITH), then the derived UNDER_TOPIC edges and the order keys. Every statement is an idempotent
`UNWIND $rows ... MERGE`, so re-importing a file changes nothing, and a crash leaves whole batches only: a
rerun completes the rest.

UNDER_TOPIC (a paper to each topic it is tagged with and each ancestor of those) is kept in the same
transaction as the edges it comes from: the batch's papers get their whole closure, read after this
transaction's HAS_TOPIC and SUBTOPIC_OF writes; and a SUBTOPIC_OF link this transaction creates gives every
paper already under the child the parent's ancestors. With two writers, a batch sends each of its topics'
whole parent chain (unless a committed batch of the run did), so two batches that touch one link serialise
on the lock its creation takes on both topics, and the later one reads what the earlier one committed.

A `Memo` carries what committed batches of the same run already resolved (venues, institutions,
topics, name-keyed authors, cited works), so later batches do not send those rows again.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from graphdb import queries
from graphdb.importers import rows
from graphdb.order_keys import rank_params
from graphdb.records import Batch, InstitutionRec, VenueRec, WorkRef
from graphdb.runner import Row, Tx


@dataclass(slots=True)
class Memo:
    """Ids resolved by committed batches of one import run (record-side key -> graph id)."""

    venues: dict[str, str] = field(default_factory=dict)
    institutions: dict[str, str] = field(default_factory=dict)
    topics: set[str] = field(default_factory=set)
    topic_parents: set[tuple[str, str]] = field(default_factory=set)
    named: set[str] = field(default_factory=set)
    works: dict[tuple[str, str], str] = field(default_factory=dict)

    def learn(self, other: Memo) -> None:
        """Take in what a batch resolved, once its transaction has committed."""
        self.venues.update(other.venues)
        self.institutions.update(other.institutions)
        self.topics |= other.topics
        self.topic_parents |= other.topic_parents
        self.named |= other.named
        self.works.update(other.works)


def _work_keys(row: dict[str, Any]) -> list[tuple[str, str]]:
    return [(k, row[k]) for k in rows.PAPER_KEYS if row.get(k)]


def _ref_keys(ref: WorkRef) -> list[tuple[str, str]]:
    pairs = (("doi", ref.doi), ("pmid", ref.pmid), ("arxivId", ref.arxiv_id), ("openalexId", ref.openalex_id))
    return [(k, v) for k, v in pairs if v]


@dataclass(slots=True)
class BatchResult:
    """What one batch did, per kind of record, and what it resolved (for the run's Memo)."""

    papers_imported: int = 0  # new papers, or stubs filled by their own record
    papers_merged: int = 0  # papers that existed from another source record and gained this one
    papers_unchanged: int = 0  # records already imported (a re-run)
    authors_imported: int = 0
    authors_merged: int = 0
    authors_unchanged: int = 0
    statements: dict[str, int] = field(default_factory=dict)
    learned: Memo = field(default_factory=Memo)


async def write_batch(tx: Tx, batch: Batch, now: datetime, memo: Memo | None = None) -> BatchResult:
    """Write one batch inside the transaction `tx`; see the module docstring for the order."""
    memo = memo or Memo()
    result = BatchResult()
    learned = result.learned
    counts = result.statements

    async def run(name: str, params_rows: list[dict[str, Any]]) -> list[Row]:
        if not params_rows:
            return []
        counts[name] = counts.get(name, 0) + len(params_rows)
        return await tx.run(name, {"rows": params_rows, "now": now})

    # Venues, institutions (folded on ISSN / ROR / OpenAlex id) and topics not resolved before.
    venues = rows.Entities(rows.VENUE_KEYS, lambda r: rows.strongest(r, (("issn", "issn"), ("openalexId", "openalex"))))
    institutions = rows.Entities(
        rows.INSTITUTION_KEYS, lambda r: rows.strongest(r, (("ror", "ror"), ("openalexId", "openalex")))
    )
    topic_rows: dict[str, dict[str, Any]] = {}
    parent_rows: dict[tuple[str, str], dict[str, Any]] = {}
    for p in batch.papers:
        sid = f"{p.source}:{p.source_id}"
        if p.venue is not None and p.venue.id not in memo.venues:
            venues.add(p.venue.id, rows.venue_row(p.venue, p.source, sid))
        for a in p.authors:
            for inst in a.institutions:
                if inst.id not in memo.institutions:
                    institutions.add(inst.id, rows.institution_row(inst, p.source, sid))
        for t, row in rows.topics((link.topic for link in p.topics), p.source, sid):
            if t.id not in memo.topics:
                topic_rows.setdefault(t.id, row)
            if t.parent is not None and (t.id, t.parent.id) not in memo.topic_parents:
                parent_rows.setdefault(
                    (t.id, t.parent.id), {"child": t.id, "parent": t.parent.id, "source": p.source, "sourceId": sid}
                )
    for au in batch.authors:
        sid = f"{au.source}:{au.source_id}"
        for aff in au.affiliations:
            if aff.institution.id not in memo.institutions:
                institutions.add(aff.institution.id, rows.institution_row(aff.institution, au.source, sid))

    venue_rows, venue_of = venues.fold()
    venue_ids = rows.ids(await run(queries.IMPORT_UPSERT_VENUES, venue_rows))
    learned.venues.update({rec_id: venue_ids[i] for rec_id, i in venue_of.items()})
    inst_rows, inst_of = institutions.fold()
    inst_ids = rows.ids(await run(queries.IMPORT_UPSERT_INSTITUTIONS, inst_rows))
    learned.institutions.update({rec_id: inst_ids[i] for rec_id, i in inst_of.items()})
    await run(queries.IMPORT_UPSERT_TOPICS, list(topic_rows.values()))
    linked = await run(queries.IMPORT_LINK_TOPIC_PARENTS, list(parent_rows.values()))
    new_parents = [{"child": r["child"], "parent": r["parent"]} for r in linked if r["created"]]
    learned.topics.update(topic_rows)
    learned.topic_parents.update(parent_rows)

    def venue_id(v: VenueRec) -> str:
        return memo.venues.get(v.id) or learned.venues[v.id]

    def inst_id(i: InstitutionRec) -> str:
        return memo.institutions.get(i.id) or learned.institutions[i.id]

    # Papers with the works they cite, folded on DOI / PMID / arXiv / OpenAlex id. A cited work resolved
    # by an earlier batch is not sent again; the rest become stubs unless a record of the batch is them.
    paper_rows: list[dict[str, Any]] = []
    paper_index: list[int] = []  # batch.papers[i] -> paper_rows index
    ref_index: list[list[int | str]] = []  # batch.papers[i] -> paper_rows index or known graph id, per reference
    for p in batch.papers:
        paper_index.append(len(paper_rows))
        paper_rows.append(rows.paper_row(p))
        mine: list[int | str] = []
        for ref in p.references:
            known = next((memo.works[k] for k in _ref_keys(ref) if k in memo.works), None)
            if known is not None:
                mine.append(known)
            elif not ref.empty:
                mine.append(len(paper_rows))
                paper_rows.append(rows.ref_row(ref, p))
        ref_index.append(mine)
    folded_papers, paper_where = rows.unify(paper_rows, rows.PAPER_KEYS)
    full: list[dict[str, Any]] = []
    stubs: list[dict[str, Any]] = []
    for i, row in enumerate(folded_papers):
        row["id"] = rows.paper_id(row)
        row["key"] = i
        (stubs if row["stub"] else full).append(row)
    full_out = await run(queries.IMPORT_UPSERT_PAPERS, [_without(row, "fallback", "stub") for row in full])
    stub_out = await run(queries.IMPORT_UPSERT_STUBS, [_stub(row) for row in stubs])
    paper_ids = rows.ids(full_out) | rows.ids(stub_out)
    for row in folded_papers:
        for key in _work_keys(row):
            learned.works[key] = paper_ids[row["key"]]
    outcome = {int(r["key"]): (bool(r["existed"]), bool(r["seen"])) for r in full_out}
    for i in paper_index:
        existed, seen = outcome[paper_where[i]]
        if seen:
            result.papers_unchanged += 1
        elif existed:
            result.papers_merged += 1
        else:
            result.papers_imported += 1

    def paper_id(i: int) -> str:
        return paper_ids[paper_where[i]]

    # On a paper that existed, an identified author first identifies the name-only researcher holding its
    # byline slot (see cypher/import/identify_bylines.cypher), then resolves like every identified author.
    identify: dict[tuple[str, int], dict[str, Any]] = {}
    for pi, p in enumerate(batch.papers):
        if not outcome[paper_where[paper_index[pi]]][0]:
            continue
        pid = paper_id(paper_index[pi])
        for a in p.authors:
            if a.researcher.identified:
                identify.setdefault(
                    (pid, a.position),
                    {
                        "paper": pid,
                        "position": a.position,
                        "familyKey": a.researcher.family_key,
                        "orcid": a.researcher.orcid,
                        "openalexId": a.researcher.openalex_id,
                    },
                )
    await run(queries.IMPORT_IDENTIFY_BYLINES, list(identify.values()))

    # Identified researchers (ORCID / OpenAlex id), from bylines and author records, folded.
    people = rows.Entities(rows.RESEARCHER_KEYS, rows.researcher_id)
    for p in batch.papers:
        for a in p.authors:
            if a.researcher.identified:
                people.add(a.researcher.id, rows.researcher_row(a.researcher, p.source))
    for au in batch.authors:
        people.add(au.researcher.id, rows.researcher_row(au.researcher, au.source))
    people_rows, people_of = people.fold()
    people_out = await run(queries.IMPORT_UPSERT_RESEARCHERS, people_rows)
    people_ids = rows.ids(people_out)
    people_outcome = {int(r["key"]): (bool(r["existed"]), bool(r["seen"])) for r in people_out}
    for au in batch.authors:
        existed, seen = people_outcome[people_of[au.researcher.id]]
        if seen:
            result.authors_unchanged += 1
        elif existed:
            result.authors_merged += 1
        else:
            result.authors_imported += 1

    # Name-only authors. On a paper that existed, each is resolved against its byline slot, then its name
    # key; on a paper this batch created there is no byline yet, so the name key alone decides.
    byline_rows: list[dict[str, Any]] = []
    named_rows: dict[str, dict[str, Any]] = {}
    slots: dict[tuple[int, int], str] = {}  # (paper index, author index) -> researcher id, for new papers
    for pi, p in enumerate(batch.papers):
        existed = outcome[paper_where[paper_index[pi]]][0]
        for ai, a in enumerate(p.authors):
            if a.researcher.identified:
                continue
            row = {
                "id": a.researcher.id,
                "name": a.researcher.name,
                "displayName": a.researcher.display_name,
                "familyKey": a.researcher.family_key,
                "source": p.source,
                "sourceId": a.researcher.id,
            }
            if existed:
                row |= {"key": len(byline_rows), "paper": paper_id(paper_index[pi]), "position": a.position}
                byline_rows.append(row | {"slot": (pi, ai)})
            else:
                slots[(pi, ai)] = a.researcher.id
                if a.researcher.id not in memo.named:
                    named_rows.setdefault(a.researcher.id, row)
    await run(queries.IMPORT_UPSERT_NAMED, list(named_rows.values()))
    learned.named.update(named_rows)
    byline_ids = rows.ids(await run(queries.IMPORT_UPSERT_BYLINES, [_without(r, "slot") for r in byline_rows]))
    for r in byline_rows:
        slots[r["slot"]] = byline_ids[r["key"]]

    # AUTHORED (created outright on papers this batch created, merged on the others), then co-authorship
    # for every paper that gained an author edge in this transaction.
    new_authored: dict[tuple[str, str], dict[str, Any]] = {}
    old_authored: dict[tuple[str, str], dict[str, Any]] = {}
    affiliations: dict[tuple[str, str], dict[str, Any]] = {}
    new_bylines: dict[str, dict[str, Any]] = {}
    for pi, p in enumerate(batch.papers):
        pid = paper_id(paper_index[pi])
        existed = outcome[paper_where[paper_index[pi]]][0]
        sid = f"{p.source}:{p.source_id}"
        for ai, a in enumerate(p.authors):
            rid = people_ids[people_of[a.researcher.id]] if a.researcher.identified else slots[(pi, ai)]
            insts = [inst_id(i) for i in a.institutions]
            target = old_authored if existed else new_authored
            if (rid, pid) not in target:
                target[(rid, pid)] = {
                    "researcher": rid,
                    "paper": pid,
                    "position": a.position,
                    "corresponding": a.corresponding,
                    "institutions": insts,
                    "source": p.source,
                    "sourceId": sid,
                }
                if not existed:
                    year = folded_papers[paper_where[paper_index[pi]]]["year"]
                    new_bylines.setdefault(pid, {"id": pid, "year": year, "authors": []})["authors"].append(rid)
            for iid in insts:
                rows.widen(affiliations, rid, iid, p.year, p.year, p.source, sid)
    for au in batch.authors:
        rid = people_ids[people_of[au.researcher.id]]
        sid = f"{au.source}:{au.source_id}"
        for aff in au.affiliations:
            rows.widen(affiliations, rid, inst_id(aff.institution), aff.start_year, aff.end_year, au.source, sid)

    await run(queries.IMPORT_CREATE_AUTHORED, list(new_authored.values()))
    gained: dict[str, set[str]] = {pid: set(b["authors"]) for pid, b in new_bylines.items()}
    bylines: list[Row] = list(new_bylines.values())
    old_gained: dict[str, set[str]] = defaultdict(set)
    for r in await run(queries.IMPORT_LINK_AUTHORED, list(old_authored.values())):
        if r["created"]:
            old_gained[str(r["paper"])].add(str(r["researcher"]))
    if old_gained:
        bylines += await tx.run(queries.IMPORT_PAPER_AUTHORS_BY_IDS, {"ids": sorted(old_gained)})
        counts[queries.IMPORT_PAPER_AUTHORS_BY_IDS] = len(old_gained)
        gained |= old_gained
    await run(queries.IMPORT_LINK_COAUTHORS, rows.coauthor_rows(bylines, gained))
    dated = sorted({str(r["id"]) for r in full_out if r["dated"]})
    if dated:
        await tx.run(queries.IMPORT_WIDEN_COAUTHOR_YEARS, {"ids": dated})

    # Venue, topic and citation edges.
    venue_links: list[dict[str, Any]] = []
    topic_links: dict[tuple[str, str], dict[str, Any]] = {}
    cites: dict[tuple[str, str], dict[str, Any]] = {}
    for pi, p in enumerate(batch.papers):
        pid = paper_id(paper_index[pi])
        sid = f"{p.source}:{p.source_id}"
        if p.venue is not None:
            venue_links.append({"paper": pid, "venue": venue_id(p.venue), "source": p.source, "sourceId": sid})
        for link in p.topics:
            topic_links.setdefault(
                (pid, link.topic.id),
                {"paper": pid, "topic": link.topic.id, "score": link.score, "source": p.source, "sourceId": sid},
            )
        for cited_at in ref_index[pi]:
            cited = cited_at if isinstance(cited_at, str) else paper_id(cited_at)
            if cited != pid:
                cites.setdefault((pid, cited), {"paper": pid, "cited": cited, "source": p.source, "sourceId": sid})
    await run(queries.IMPORT_LINK_VENUES, venue_links)
    await run(queries.IMPORT_LINK_TOPICS, list(topic_links.values()))
    await run(queries.IMPORT_LINK_CITATIONS, list(cites.values()))
    await run(queries.IMPORT_LINK_AFFILIATIONS, list(affiliations.values()))

    # UNDER_TOPIC: papers already under a topic that gained a parent get the new ancestors, then the batch's
    # papers get every topic they are tagged with and its ancestors.
    batch_papers = {paper_id(paper_index[pi]) for pi in range(len(batch.papers))}
    spread = {str(r["id"]) for r in await run(queries.IMPORT_SPREAD_TOPIC_PARENTS, new_parents)}
    if batch_papers:
        await tx.run(queries.IMPORT_LINK_UNDER_TOPICS, {"ids": sorted(batch_papers), "now": now})
        counts[queries.IMPORT_LINK_UNDER_TOPICS] = len(batch_papers)

    # The order keys of every edge of these papers (new, or whose year was just filled in, or given new
    # UNDER_TOPIC edges), of the papers they cite (whose citation count, a key of their most-cited-first lists,
    # may have grown), and of the affiliations.
    cited_papers = {str(row["cited"]) for row in cites.values()}
    ranked = sorted(batch_papers | spread | cited_papers)
    if ranked:
        await tx.run(queries.IMPORT_RANK_PAPERS, rank_params(ranked))
    affiliated = sorted({row["researcher"] for row in affiliations.values()})
    if affiliated:
        await tx.run(queries.IMPORT_RANK_AFFILIATIONS, rank_params(affiliated))
    return result


def _without(row: dict[str, Any], *keys: str) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k not in keys}


def _stub(row: dict[str, Any]) -> dict[str, Any]:
    keep = ("key", "id", "doi", "pmid", "arxivId", "openalexId", "source", "sourceId")
    return {k: row[k] for k in keep}
