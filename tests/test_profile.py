"""The whole profile query (`schema/profile.graphql`) for a researcher with one work and for a hub with 2,000
works and 500 co-authors: exactly one Cypher statement each, the same JSON on both execution paths, and
every field equal to what the imported records imply, computed here in Python from the records
(`tests/profile_graph.py`), not read back from Neo4j and not by the planner's Cypher.

The model below restates, from the README and the schema's descriptions, what the importers write (ids,
first-value-wins merging, affiliation years from byline years, co-authorship from shared works) and what
each profile field means (orders, tie-breaks, "close" = at least 2 shared works, the trust formula).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from graphdb.migrate import apply_constraints
from graphdb.records import InstitutionRec, PaperRec, ResearcherRec, TopicRec, VenueRec, WorkRef
from graphdb.runner import Runner
from resolvers.context import Context
from schema import build_schema
from tests import fixtures, profile_graph
from tests.profile_graph import ProfileGraph

QUERY_FILE = Path(__file__).resolve().parent.parent / "schema" / "profile.graphql"
SCHEMA = build_schema()
PLANNED = ["plan/Query.researcher"]
DEFAULTS = {"works": 20, "collaborators": 10, "topics": 10}  # the operation's variable defaults

# --- the model: what the records put in the graph ---------------------------------------------------------


def paper_id(p: PaperRec | WorkRef, fallback: str | None = None) -> str:
    """The graph id: DOI, then PMID, arXiv id, OpenAlex id, then the source's own key (README, Identity)."""
    for prefix, value in (("doi", p.doi), ("pmid", p.pmid), ("arxiv", p.arxiv_id), ("openalex", p.openalex_id)):
        if value:
            return f"{prefix}:{value}"
    assert fallback is not None, f"{p} has no id"
    return fallback


def first_value(into: dict[str, Any], values: dict[str, Any]) -> None:
    """Merging: the first value of a property wins; later records only fill what is missing."""
    for key, value in values.items():
        if into.get(key) is None:
            into[key] = value


def imported_at(at: datetime) -> str:
    """A DateTime as the API serializes it (`2026-01-31T09:15:00.000000000+00:00`)."""
    assert at.utcoffset() is not None
    assert not at.utcoffset()
    return f"{at:%Y-%m-%dT%H:%M:%S}.{at.microsecond * 1000:09d}+00:00"


@dataclass(slots=True)
class Byline:
    """One AUTHORED edge."""

    researcher: str
    position: int
    corresponding: bool
    institutions: list[str]


@dataclass(slots=True)
class Work:
    """One imported paper."""

    id: str
    props: dict[str, Any]
    venues: list[str]
    bylines: list[Byline]
    topics: dict[str, float | None] = field(default_factory=dict)  # topic id -> score


@dataclass(slots=True)
class Model:
    """The graph the records describe, as plain dicts."""

    graph: ProfileGraph
    people: dict[str, dict[str, Any]] = field(default_factory=dict)
    works: dict[str, Work] = field(default_factory=dict)
    venues: dict[str, dict[str, Any]] = field(default_factory=dict)
    institutions: dict[str, dict[str, Any]] = field(default_factory=dict)
    topics: dict[str, dict[str, Any]] = field(default_factory=dict)
    parents: dict[str, str] = field(default_factory=dict)
    cites: set[tuple[str, str]] = field(default_factory=set)
    cited_by: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    affiliations: dict[tuple[str, str], list[int]] = field(default_factory=dict)  # -> years seen (maybe none)
    authored: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # researcher -> works

    @classmethod
    def of(cls, graph: ProfileGraph) -> Model:
        model = cls(graph)
        for run in graph.runs:
            for rec in run.records:
                model.add(rec, run.at)
        return model

    def add(self, rec: PaperRec, at: datetime) -> None:
        """A paper record: a new work, or more about one imported before (first values win, the byline
        keeps its first edges, venues and topics add up, affiliations widen by this record's year)."""
        pid = paper_id(rec, f"{rec.source}:{rec.local_id or rec.source_id}")
        seen = pid in self.works
        work = self.works.setdefault(pid, Work(pid, {}, [], []))
        first_value(
            work.props,
            {
                "title": rec.title,
                "abstract": rec.abstract,
                "year": rec.year,
                "publicationDate": rec.publication_date,
                "type": rec.type,
                "doi": rec.doi,
                "pmid": rec.pmid,
                "arxivId": rec.arxiv_id,
            },
        )
        if rec.venue is not None:
            self.venue(rec.venue)
            if rec.venue.id not in work.venues:
                work.venues.append(rec.venue.id)
        for a in rec.authors:
            rid = self.person(a.researcher, rec.source, at)
            for inst in a.institutions:
                self.institution(inst)
                years = self.affiliations.setdefault((rid, inst.id), [])
                if rec.year is not None:
                    years.append(rec.year)
            if rid in {b.researcher for b in work.bylines}:
                continue
            # A new author of a paper seen before would need the byline-slot rule; the records avoid it.
            assert not seen or a.researcher.identified
            work.bylines.append(Byline(rid, a.position, a.corresponding, [i.id for i in a.institutions]))
            self.authored[rid].append(pid)
        for link in rec.topics:
            self.topic(link.topic)
            work.topics.setdefault(link.topic.id, link.score)
        for ref in rec.references:
            cited = paper_id(ref)
            if cited != pid and (pid, cited) not in self.cites:
                self.cites.add((pid, cited))
                self.cited_by[cited].append(pid)

    def person(self, r: ResearcherRec, source: str, at: datetime) -> str:
        """Identified authors (ORCID, OpenAlex id) merge on those ids and fill missing values; a name-only
        author is one record per name within a source, written once."""
        identified = r.orcid is not None or r.openalex_id is not None
        node = self.people.get(r.id)
        if node is None:
            source_id = f"{source}:{r.orcid or r.openalex_id or r.id}" if identified else r.id
            node = self.people[r.id] = {
                "source": source,
                "sourceId": source_id,
                "sources": [],
                "importedAt": imported_at(at),
            }
        if identified or not node["sources"]:
            first_value(node, {"name": r.name, "displayName": r.display_name, "orcid": r.orcid})
            first_value(node, {"openalexId": r.openalex_id})
            if source not in node["sources"]:
                node["sources"].append(source)
        return r.id

    def venue(self, v: VenueRec) -> None:
        first_value(self.venues.setdefault(v.id, {"id": v.id}), {"name": v.name, "kind": v.kind})

    def institution(self, i: InstitutionRec) -> None:
        first_value(
            self.institutions.setdefault(i.id, {"id": i.id}), {"name": i.name, "ror": i.ror, "country": i.country}
        )

    def topic(self, t: TopicRec) -> None:
        node: TopicRec | None = t
        while node is not None:
            first_value(self.topics.setdefault(node.id, {"id": node.id}), {"name": node.name, "level": node.level})
            if node.parent is not None:
                self.parents[node.id] = node.parent.id
            node = node.parent

    # -- derived relations ---------------------------------------------------------------------------------

    def works_of(self, rid: str) -> list[Work]:
        return [self.works[pid] for pid in self.authored.get(rid, [])]

    def coauthors(self, rid: str) -> dict[str, list[Work]]:
        """Co-author id -> the works they share with `rid` (the COAUTHOR relation, from AUTHORED)."""
        shared: dict[str, list[Work]] = defaultdict(list)
        for w in self.works_of(rid):
            for b in w.bylines:
                if b.researcher != rid:
                    shared[b.researcher].append(w)
        return shared

    def citations_of(self, pid: str) -> list[Work]:
        """The imported papers citing `pid`."""
        return [self.works[c] for c in self.cited_by.get(pid, [])]

    def followers(self, rid: str) -> int:
        return len(self.graph.followers) if rid == self.graph.hub.id else 0


# --- the expected answer, field by field ------------------------------------------------------------------


def newest_first(works: Iterable[Work]) -> list[Work]:
    """Newest first, then by id; a work without a year is not newer than one with a year, so it comes last."""
    return sorted(works, key=lambda w: (w.props["year"] is None, -(w.props["year"] or 0), w.id))


def years_counted(years: Iterable[int | None]) -> list[dict[str, int]]:
    """`[{year, count}]`, oldest year first, unknown years left out."""
    counts: dict[int, int] = defaultdict(int)
    for y in years:
        if y is not None:
            counts[y] += 1
    return [{"year": y, "count": counts[y]} for y in sorted(counts)]


def affiliation_rows(model: Model, rid: str) -> list[tuple[str, int | None, int | None]]:
    """(institution, startYear, endYear), latest first: an open-ended one (no end year), then the latest end
    year, then the latest start year, then id."""
    rows = [
        (iid, min(years) if years else None, max(years) if years else None)
        for (who, iid), years in model.affiliations.items()
        if who == rid
    ]
    return sorted(rows, key=lambda r: (r[2] is not None, -(r[2] or 0), r[1] is not None, -(r[1] or 0), r[0]))


def h_index(cited: list[int]) -> int:
    ranked = sorted(cited, reverse=True)
    return max((h for h in range(1, len(ranked) + 1) if ranked[h - 1] >= h), default=0)


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def trust(model: Model, rid: str) -> dict[str, Any]:
    """The README's trust formula, restated: claim 30 (20 without matching evidence), ORCID 25, 4 per
    identified work up to 20, affiliation 10, 5 per source up to 10, OpenAlex id 5; bands at 25/50/75. The
    evidence sentences are worded as `resolvers/trust.py` words them."""
    person = model.people[rid]
    claim = model.graph.claim if rid == model.graph.hub.id else None
    strong = claim is not None and person["orcid"] is not None and claim.verified_orcid == person["orcid"]
    identified = sum(1 for w in model.works_of(rid) if w.props["doi"] or w.props["pmid"] or w.props["arxivId"])
    affiliations = sum(1 for who, _ in model.affiliations if who == rid)
    sources = sorted(set(person["sources"]))
    orcid, openalex = person["orcid"], person["openalexId"]
    components: list[dict[str, Any]] = [
        {
            "name": "claim",
            "weight": 30,
            "value": 0 if claim is None else 30 if strong else 20,
            "evidence": []
            if claim is None
            else [
                f"claimed by a signed-in account ({claim.method}), "
                + ("with matching evidence" if strong else "without matching evidence")
            ],
        },
        {"name": "orcid", "weight": 25, "value": 25 if orcid else 0, "evidence": [f"ORCID {orcid}"] if orcid else []},
        {
            "name": "identified_works",
            "weight": 20,
            "value": min(20, 4 * identified),
            "evidence": [f"{plural(identified, 'work')} with a DOI, PMID or arXiv id"] if identified else [],
        },
        {
            "name": "affiliation",
            "weight": 10,
            "value": 10 if affiliations else 0,
            "evidence": [f"{plural(affiliations, 'affiliation')} imported"] if affiliations else [],
        },
        {
            "name": "sources",
            "weight": 10,
            "value": min(10, 5 * len(sources)),
            "evidence": [f"described by {', '.join(sources)}"] if sources else [],
        },
        {
            "name": "openalex",
            "weight": 5,
            "value": 5 if openalex else 0,
            "evidence": [f"OpenAlex author {openalex}"] if openalex else [],
        },
    ]
    score = sum(c["value"] for c in components)
    label = "Trusted" if score >= 75 else "Established" if score >= 50 else "Emerging" if score >= 25 else "Unverified"
    level = ("L3" if strong else "L2") if claim is not None else "L1" if orcid or openalex or identified else "L0"
    return {"score": score, "label": label, "level": level, "claimed": claim is not None, "components": components}


def expected(model: Model, rid: str, variables: dict[str, int]) -> dict[str, Any]:
    """The `researcher` answer of schema/profile.graphql, keys in selection order."""
    v = DEFAULTS | variables
    person = model.people[rid]
    works = model.works_of(rid)
    affs = affiliation_rows(model, rid)
    inst = model.institutions
    shared = model.coauthors(rid)

    def affiliation(row: tuple[str, int | None, int | None], *, ror: bool) -> dict[str, Any]:
        i = inst[row[0]]
        place = {"id": i["id"], "name": i["name"], "country": i["country"]} | ({"ror": i["ror"]} if ror else {})
        return {"startYear": row[1], "endYear": row[2], "institution": place}

    cited = {w.id: len(model.citations_of(w.id)) for w in works}
    citing_years = [c.props["year"] for w in works for c in model.citations_of(w.id)]

    weights: dict[str, list[float]] = defaultdict(list)
    for w in works:
        for tid, score in w.topics.items():
            weights[tid].append(1.0 if score is None else score)
    topic_order = sorted(weights, key=lambda t: (-len(weights[t]), -sum(weights[t]), t))

    def topic(tid: str) -> dict[str, Any]:
        t = model.topics[tid]
        parent = model.parents.get(tid)
        up = None if parent is None else {"id": parent, "name": model.topics[parent]["name"]}
        return {"id": tid, "name": t["name"], "level": t["level"], "parent": up}

    def span(ws: list[Work]) -> tuple[int | None, int | None]:
        years = [w.props["year"] for w in ws if w.props["year"] is not None]
        return (min(years), max(years)) if years else (None, None)

    collab_order = sorted(
        shared,
        key=lambda c: (-len(shared[c]), span(shared[c])[1] is None, -(span(shared[c])[1] or 0), c),
    )

    def collaborator(cid: str) -> dict[str, Any]:
        first_year, last_year = span(shared[cid])
        c = model.people[cid]
        return {
            "sharedWorks": len(shared[cid]),
            "firstYear": first_year,
            "lastYear": last_year,
            "researcher": {"id": cid, "name": c["name"], "displayName": c["displayName"], "orcid": c["orcid"]},
            "works": [
                {"id": w.id, "title": w.props["title"], "year": w.props["year"]} for w in newest_first(shared[cid])[:3]
            ],
        }

    def work(w: Work) -> dict[str, Any]:
        p = w.props
        venue = model.venues[min(w.venues)] if w.venues else None  # one of several: the first by id
        authors = sorted(w.bylines, key=lambda b: (b.position, b.researcher))[:10]
        return {
            "id": w.id,
            "type": p["type"],
            "year": p["year"],
            "publicationDate": p["publicationDate"],
            "title": p["title"],
            "abstract": p["abstract"],
            "doi": p["doi"],
            "venue": venue and {"id": venue["id"], "name": venue["name"], "kind": venue["kind"]},
            "authors": [
                {
                    "position": b.position,
                    "corresponding": b.corresponding,
                    "researcher": {"id": b.researcher, "name": model.people[b.researcher]["name"]},
                    "institutions": [
                        {"id": i, "name": inst[i]["name"]}
                        for i in sorted(b.institutions, key=lambda i: (inst[i]["name"], i))[:3]
                    ],
                }
                for b in authors
            ],
        }

    return {
        "id": rid,
        "name": person["name"],
        "displayName": person["displayName"],
        "bio": None,
        "orcid": person["orcid"],
        "openalexId": person["openalexId"],
        "openToCollaborate": False,
        "provenance": {
            "source": person["source"],
            "sourceId": person["sourceId"],
            "sources": person["sources"],
            "importedAt": person["importedAt"],
        },
        "affiliationImported": bool(affs),
        "currentAffiliation": affiliation(affs[0], ror=True) if affs else None,
        "affiliations": [affiliation(a, ror=False) for a in affs[:10]],
        "counts": {
            "works": len(works),
            "followers": model.followers(rid),
            "topics": len(weights),
            "collaborators": len(shared),
            "closeCollaborators": sum(1 for ws in shared.values() if len(ws) >= 2),
        },
        "metrics": {
            "citations": sum(cited.values()),
            "hIndex": h_index(list(cited.values())),
            "i10Index": sum(1 for n in cited.values() if n >= 10),
            "worksByYear": years_counted(w.props["year"] for w in works),
            "citationsByYear": years_counted(citing_years),
        },
        "topics": [
            {"works": len(weights[t]), "weight": float(sum(weights[t])), "topic": topic(t)}
            for t in topic_order[: v["topics"]]
        ],
        "collaborators": [collaborator(c) for c in collab_order[: v["collaborators"]]],
        "trust": trust(model, rid),
        "works": {
            "totalCount": len(works),
            "pageInfo": {"hasNextPage": v["works"] < len(works), "hasPreviousPage": False},
            "nodes": [work(w) for w in newest_first(works)[: v["works"]]],
        },
    }


# --- running the query -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Case:
    who: str  # "solo" or "hub"
    variables: dict[str, int]


CASES = {
    "solo": Case("solo", {}),
    "solo-wide": Case("solo", {"works": 500, "collaborators": 100, "topics": 100}),
    "hub": Case("hub", {}),
    "hub-wide": Case("hub", {"works": 500, "collaborators": 100, "topics": 100}),
    "hub-narrow": Case("hub", {"works": 1, "collaborators": 1, "topics": 1}),
}
PATHS = {"fast": True, "ordinary": False}


@dataclass(frozen=True, slots=True)
class Run:
    """One execution of the profile query."""

    data: Any
    errors: list[str]
    statements: list[str]
    took_fast_path: bool


@dataclass(frozen=True, slots=True)
class Profile:
    """The model of the loaded graph, each case's answer on each path, and each case's expected answer."""

    model: Model
    runs: dict[tuple[str, str], Run]
    expected: dict[str, dict[str, Any]]


async def run_query(runner: Runner, rid: str, variables: dict[str, int], fast_path: bool) -> Run:
    ctx = Context.create(runner)
    ctx.fast_path = fast_path
    with Runner.recording() as rec:
        result = await SCHEMA.execute(
            QUERY_FILE.read_text(), variable_values={"id": rid, **variables}, context_value=ctx
        )
    return Run(
        data=result.data,
        errors=[str(e) for e in result.errors or []],
        statements=rec.names,
        took_fast_path=ctx.took_fast_path,
    )


@pytest.fixture(scope="module")
async def profile(runner: Runner) -> AsyncIterator[Profile]:
    """The profile graph, alone in the suite's database for this module, and every case run both ways; the
    shared fixture graph is restored afterwards."""
    graph = profile_graph.build()
    model = Model.of(graph)
    await runner.write("testing/wipe")
    await runner.write("testing/mark")
    await apply_constraints(runner)
    try:
        await profile_graph.load(runner, graph)
        runs: dict[tuple[str, str], Run] = {}
        wanted: dict[str, dict[str, Any]] = {}
        for name, case in CASES.items():
            rid = graph.hub.id if case.who == "hub" else graph.solo.id
            for path, fast in PATHS.items():
                runs[(name, path)] = await run_query(runner, rid, case.variables, fast)
            wanted[name] = expected(model, rid, case.variables)
        yield Profile(model, runs, wanted)
    finally:
        await runner.write("testing/wipe")
        await runner.write("testing/mark")
        await fixtures.load(runner, fixtures.PAPERS)


# --- the graph is what the issue asks for ------------------------------------------------------------------


def test_the_records_describe_the_researchers_asked_for() -> None:
    graph = profile_graph.build()
    model = Model.of(graph)
    solo, hub = graph.solo.id, graph.hub.id
    assert solo == f"orcid:{graph.solo.orcid}"
    assert hub == f"orcid:{graph.hub.orcid}"

    (solo_work,) = model.works_of(solo)
    assert solo_work.id.startswith("doi:")
    assert solo_work.venues
    assert solo_work.topics
    assert len(model.coauthors(solo)) == 1
    assert any(b.institutions for b in solo_work.bylines if b.researcher == solo)
    assert model.citations_of(solo_work.id)
    assert any(c == solo_work.id for c, _ in model.cites)

    works = model.works_of(hub)
    shared = model.coauthors(hub)
    assert len(works) == 2000
    assert len({w.id for w in works}) == 2000
    assert len(shared) == 500
    assert 0 < sum(1 for ws in shared.values() if len(ws) >= 2) < 500
    assert any(w.props["year"] is None for w in works)
    assert len({w.props["year"] for w in works}) > 30
    assert len({w.props["type"] for w in works}) > 3
    assert len({v for w in works for v in w.venues}) > 5
    assert any(not w.venues for w in works)
    assert any(len(w.venues) > 1 for w in works)
    assert any(s is None for w in works for s in w.topics.values())
    assert all(
        model.parents.get(model.parents.get(t["id"], ""), None) for t in model.topics.values() if t["level"] == "topic"
    )
    rows = affiliation_rows(model, hub)
    assert len(rows) > 4
    assert len({(r[1], r[2]) for r in rows}) > 3
    assert sum(1 for w in works if w.props["doi"]) < len(works)
    assert any(c in {w.id for w in works} for c, _ in model.cites if c in {w.id for w in works})
    assert any(len(w.bylines) > 10 for w in works)
    assert model.people[hub]["sources"] == ["openalex", "crossref"]


# --- one statement, both paths, the same answer ------------------------------------------------------------


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("case", CASES)
def test_one_statement_per_profile(profile: Profile, case: str, path: str) -> None:
    run = profile.runs[(case, path)]
    assert run.errors == []
    assert run.statements == PLANNED
    assert run.took_fast_path is PATHS[path]


@pytest.mark.parametrize("case", CASES)
def test_both_paths_give_the_same_json(profile: Profile, case: str) -> None:
    fast, ordinary = profile.runs[(case, "fast")], profile.runs[(case, "ordinary")]
    assert json.dumps(fast.data) == json.dumps(ordinary.data)


# --- every field against the records ----------------------------------------------------------------------

SECTIONS = {
    "identity": ("id", "name", "displayName", "bio", "orcid", "openalexId", "openToCollaborate", "provenance"),
    "affiliations": ("affiliationImported", "currentAffiliation", "affiliations"),
    "counts": ("counts",),
    "metrics": ("metrics",),
    "topics": ("topics",),
    "collaborators": ("collaborators",),
    "trust": ("trust",),
    "works": ("works",),
}


def field_cases() -> list[Any]:
    return [
        pytest.param(case, section, path, id=f"{case}-{section}-{path}")
        for case in CASES
        for section in SECTIONS
        for path in PATHS
    ]


@pytest.mark.parametrize(("case", "section", "path"), field_cases())
def test_profile_field_matches_the_records(profile: Profile, case: str, section: str, path: str) -> None:
    answer = profile.runs[(case, path)].data["researcher"]
    want = profile.expected[case]
    for key in SECTIONS[section]:
        assert json.dumps(answer[key]) == json.dumps(want[key]), key


@pytest.mark.parametrize("case", CASES)
def test_whole_answer_in_selection_order(profile: Profile, case: str) -> None:
    answer = profile.runs[(case, "fast")].data
    assert list(answer["researcher"]) == [k for keys in SECTIONS.values() for k in keys]
    assert json.dumps(answer) == json.dumps({"researcher": profile.expected[case]})


@pytest.mark.parametrize("case", CASES)
def test_collaborator_entries_match_the_records(profile: Profile, case: str) -> None:
    """Each collaborator entry (shared works, years, researcher, shared works listed), in any order."""
    got = profile.runs[(case, "fast")].data["researcher"]["collaborators"]
    want = profile.expected[case]["collaborators"]
    assert sorted(got, key=lambda c: c["researcher"]["id"]) == sorted(want, key=lambda c: c["researcher"]["id"])


@pytest.mark.parametrize("case", CASES)
def test_collaborators_strongest_first(profile: Profile, case: str) -> None:
    """Most shared works first, then the latest shared year (unknown last), then id: the answer's own entries
    are in that order (whether their values are right is the test above)."""
    got = profile.runs[(case, "fast")].data["researcher"]["collaborators"]
    keys = [(-c["sharedWorks"], c["lastYear"] is None, -(c["lastYear"] or 0), c["researcher"]["id"]) for c in got]
    assert keys == sorted(keys)
