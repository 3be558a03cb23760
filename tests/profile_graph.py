"""The profile test graph: a researcher with one work and a hub with 2,000 works and 500 co-authors.

`build()` returns import records (`graphdb.records`) made the way the importers make them (OpenAlex and
Crossref shapes: `orcid:`/`openalex:`/name-keyed researcher ids, `doi:` paper ids, `issn:`/`openalex:`
venues, `ror:`/name-keyed institutions, OpenAlex topics with their subfield > field > domain chain,
keywords), always the same for the same code. `load()` imports them through the import pipeline, at
fixed instants, and adds the social edges (followers, a claim) that no importer writes. Tests compute
their expected answers from these records, never from the database.

The solo researcher (ORCID, no OpenAlex id) has one preprint with one co-author, a DOI, a venue, topics
and an institution on the byline; it cites an imported paper and a work that is not imported (a stub),
and one imported paper cites it.

The hub (ORCID and OpenAlex id) has 2,000 works: 1,900 from OpenAlex, then 100 from Crossref in a second
import (so its record has two sources), which also describes again 12 works that OpenAlex gave without a
year (filling in the year, and adding a venue or a topic). 150 co-authors share 2-16 works with the hub
(one of them only works without a year), 350 share one; three works have 14 authors. Years run 1990-2025
with some missing, types and venues vary (some works have none), 5% of the works have no DOI (a PMID, an
arXiv id or only an OpenAlex id), works cite older works, 300 other papers cite the hub's works
(preferring a few), and the hub's byline institutions change over the years. Seven accounts follow the hub
and one, whose verified ORCID is the hub's, claims it.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime, tzinfo
from functools import lru_cache
from typing import Final
from unittest import mock

from graphdb.importers import pipeline
from graphdb.importers.normalize import fold, full_name, name_key, researcher_id
from graphdb.records import (
    AuthorshipRec,
    InstitutionRec,
    PaperRec,
    ResearcherRec,
    TopicLink,
    TopicRec,
    VenueRec,
    WorkRef,
)
from graphdb.runner import Runner

SEED: Final = 20261125
HUB_WORKS: Final = 2000
CLOSE: Final = 150  # co-authors 0-149 share 2 or more works with the hub
COAUTHORS: Final = 500  # co-authors 150-499 share exactly one
CROSSREF_WORKS: Final = 100
EXTERNAL_PAPERS: Final = 300
MERGED_WORKS: Final = 12  # works OpenAlex gives without a year and Crossref, imported later, with one
BIG_WORKS: Final = (11, 1011, 1611)  # each has the hub and 13 co-authors: more than a page of 10 authors
UNDATED_COAUTHOR: Final = 45  # shares 12 works with the hub, none of them with a year
FIRST_IMPORT_AT: Final = datetime(2026, 3, 1, 9, 15, 0, tzinfo=UTC)
SECOND_IMPORT_AT: Final = datetime(2026, 3, 2, 17, 45, 30, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Follow:
    """An account following a researcher (`(:Account)-[:FOLLOWS {since}]->(:Researcher)`)."""

    account: str
    since: datetime


@dataclass(frozen=True, slots=True)
class Claim:
    """An account claiming a researcher record, with the ORCID the account has verified."""

    account: str
    verified_orcid: str
    method: str
    at: datetime


@dataclass(frozen=True, slots=True)
class ImportRun:
    """One run of the import pipeline: its records, in order, and the instant it stamps on what it creates."""

    at: datetime
    records: tuple[PaperRec, ...]


@dataclass(frozen=True, slots=True)
class ProfileGraph:
    """Everything the profile tests load: import runs in order, the two researchers, the social edges."""

    runs: tuple[ImportRun, ...]
    solo: ResearcherRec
    hub: ResearcherRec
    followers: tuple[Follow, ...]  # of the hub
    claim: Claim  # of the hub


# --- identifiers, as the importers normalise them ---------------------------------------------------------


def orcid(n: int) -> str:
    """A checksum-valid ORCID iD (ISO 7064 11,2), distinct for each n."""
    base = f"00000002{n:07d}"
    total = 0
    for ch in base:
        total = (total + int(ch)) * 2
    check = (12 - total % 11) % 11
    digits = base + ("X" if check == 10 else str(check))
    return "-".join(digits[i : i + 4] for i in range(0, 16, 4))


def openalex_person(name: str, orcid_: str | None = None, openalex_: str | None = None) -> ResearcherRec:
    """An author as the OpenAlex importer makes one (graphdb.importers.openalex.researcher_rec)."""
    words = name.split()
    family, given = words[-1], " ".join(words[:-1])
    return ResearcherRec(
        id=researcher_id("openalex", orcid_=orcid_, openalex_=openalex_, key=name_key(family, given)),
        name=name,
        family_key=fold(family),
        display_name=name,
        orcid=orcid_,
        openalex_id=openalex_,
    )


def crossref_person(given: str, family: str, orcid_: str | None) -> ResearcherRec:
    """An author as the Crossref importer makes one: no display name, no OpenAlex id."""
    return ResearcherRec(
        id=researcher_id("crossref", orcid_=orcid_, openalex_=None, key=name_key(family, given)),
        name=full_name(family, given) or family,
        family_key=fold(family),
        orcid=orcid_,
    )


def crossref_of(person: ResearcherRec) -> ResearcherRec:
    """The same ORCID-identified person as a Crossref record names them."""
    assert person.orcid is not None, "only ORCID-identified people are one person across sources"
    words = person.name.split()
    return crossref_person(" ".join(words[:-1]), words[-1], person.orcid)


def openalex_institution(
    name: str, *, ror: str | None, openalex_: str, country: str | None, kind: str
) -> InstitutionRec:
    """An institution as the OpenAlex importer makes one: `ror:` id when it has a ROR, else `openalex:`."""
    iid = f"ror:{ror}" if ror else f"openalex:{openalex_}"
    return InstitutionRec(id=iid, name=name, ror=ror, openalex_id=openalex_, country=country, type=kind)


def crossref_institution(inst: InstitutionRec) -> InstitutionRec:
    """The same institution as a Crossref affiliation names it (ROR and name only)."""
    assert inst.ror is not None
    return InstitutionRec(id=f"ror:{inst.ror}", name=inst.name, ror=inst.ror)


def crossref_venue(venue: VenueRec | None) -> VenueRec | None:
    """The venue as the Crossref importer names it: by ISSN, else by name (no OpenAlex id)."""
    if venue is None:
        return None
    if venue.issn:
        return VenueRec(id=f"issn:{venue.issn}", name=venue.name, kind=venue.kind, issn=venue.issn)
    name = "arXiv" if venue.kind == "repository" else venue.name
    return VenueRec(id=f"name:{fold(name)}", name=name, kind=venue.kind)


def topic_chain(
    tid: str, name: str, subfield: tuple[str, str], field: tuple[str, str], domain: tuple[str, str]
) -> TopicRec:
    """An OpenAlex topic with its parents, ids as the OpenAlex importer forms them."""
    dom = TopicRec(f"openalex:domains/{domain[0]}", domain[1], "domain")
    fld = TopicRec(f"openalex:fields/{field[0]}", field[1], "field", dom)
    sub = TopicRec(f"openalex:subfields/{subfield[0]}", subfield[1], "subfield", fld)
    return TopicRec(f"openalex:{tid}", name, "topic", sub)


def keyword(name: str) -> TopicRec:
    return TopicRec(f"keyword:{fold(name)}", name, "keyword")


# --- the fixed vocabulary ---------------------------------------------------------------------------------

ARXIV = VenueRec(
    id="openalex:S4306400194", name="arXiv (Cornell University)", kind="repository", openalex_id="S4306400194"
)
JOURNALS = tuple(
    VenueRec(id=f"issn:{issn}", name=name, kind="journal", issn=issn, openalex_id=f"S10{n:07d}")
    for n, (issn, name) in enumerate(
        [
            ("0028-0836", "Nature"),
            ("1095-9203", "Science"),
            ("2041-1723", "Nature Communications"),
            ("1932-6203", "PLOS ONE"),
            ("0027-8424", "Proceedings of the National Academy of Sciences"),
            ("2050-084X", "eLife"),
            ("1553-7358", "PLOS Computational Biology"),
            ("0001-8708", "Advances in Mathematics"),
        ]
    )
)
PROCEEDINGS = VenueRec(
    id="openalex:S1200000001", name="Proceedings of Graph Days", kind="conference", openalex_id="S1200000001"
)

_DOMAIN = ("3", "Physical Sciences")
_LIFE = ("1", "Life Sciences")
TREE_TOPICS = (
    topic_chain(
        "T10001", "Graph neural networks", ("1702", "Artificial Intelligence"), ("17", "Computer Science"), _DOMAIN
    ),
    topic_chain("T10002", "Knowledge graphs", ("1702", "Artificial Intelligence"), ("17", "Computer Science"), _DOMAIN),
    topic_chain(
        "T10003", "Reinforcement learning", ("1702", "Artificial Intelligence"), ("17", "Computer Science"), _DOMAIN
    ),
    topic_chain("T10004", "Query optimisation", ("1710", "Information Systems"), ("17", "Computer Science"), _DOMAIN),
    topic_chain("T10005", "Graph databases", ("1710", "Information Systems"), ("17", "Computer Science"), _DOMAIN),
    topic_chain("T10006", "Data provenance", ("1710", "Information Systems"), ("17", "Computer Science"), _DOMAIN),
    topic_chain(
        "T10007",
        "Citation analysis",
        ("3309", "Library and Information Sciences"),
        ("33", "Social Sciences"),
        ("2", "Social Sciences"),
    ),
    topic_chain(
        "T10008",
        "Research evaluation",
        ("3309", "Library and Information Sciences"),
        ("33", "Social Sciences"),
        ("2", "Social Sciences"),
    ),
    topic_chain("T10009", "Protein folding", ("1312", "Molecular Biology"), ("13", "Biochemistry"), _LIFE),
    topic_chain("T10010", "Gene regulatory networks", ("1312", "Molecular Biology"), ("13", "Biochemistry"), _LIFE),
    topic_chain("T10011", "Single-cell sequencing", ("1311", "Genetics"), ("13", "Biochemistry"), _LIFE),
    topic_chain("T10012", "Population genetics", ("1311", "Genetics"), ("13", "Biochemistry"), _LIFE),
)
KEYWORDS = tuple(
    keyword(k) for k in ("Scholarly graphs", "Open science", "Co-authorship", "Bibliometrics", "Data reuse")
)
# Dyadic scores: sums of them are exact in floating point whatever the order of addition.
SCORES = (None, 0.125, 0.25, 0.5, 0.75, 0.875, 1.0)
TYPES = ("article",) * 6 + ("preprint", "review", "book-chapter", "dataset")

# The hub's byline institutions over the years (names chosen so that name order differs from id order).
NORTHBRIDGE = openalex_institution(
    "University of Northbridge", ror="0northb01", openalex_="I1000001", country="GB", kind="education"
)
EASTFIELD = openalex_institution(
    "Eastfield Institute of Technology", ror="0eastfi02", openalex_="I1000002", country="US", kind="education"
)
RIVERSIDE = openalex_institution("Riverside Hospital", ror=None, openalex_="I1000003", country="US", kind="healthcare")
SOUTHPORT = openalex_institution(
    "Southport University", ror="0southp04", openalex_="I1000004", country="NZ", kind="education"
)
GRAPHLAB = openalex_institution("Graph Laboratory", ror=None, openalex_="I1000005", country=None, kind="facility")
VISITING = openalex_institution(
    "Academy of Visiting Scholars", ror="0visiti06", openalex_="I1000006", country="FR", kind="education"
)
ZURICH = openalex_institution(
    "Zentrum für Netzwerke", ror="0zentru07", openalex_="I1000007", country="CH", kind="facility"
)
PEERS = (
    openalex_institution("Westlake College", ror="0westla11", openalex_="I1000011", country="CN", kind="education"),
    openalex_institution(
        "Institut Pasteur de Test", ror="0pasteu12", openalex_="I1000012", country="FR", kind="facility"
    ),
    openalex_institution("Northern Clinic", ror=None, openalex_="I1000013", country=None, kind="healthcare"),
    SOUTHPORT,
    openalex_institution("Delta Data Company", ror=None, openalex_="I1000015", country="DE", kind="company"),
)

GIVEN = (
    "Amara", "Bruno", "Chen", "Dagny", "Emeka", "Farah", "Goran", "Hiroko", "Ines", "Jonas", "Kavya", "Lars", "Mateo",
    "Nadia", "Olu", "Priya", "Quentin", "Rosa", "Sven", "Tamar", "Umar", "Vera", "Wen", "Ximena", "Yusuf",
)  # fmt: skip
FAMILY = (
    "Abara", "Bergstrom", "Castillo", "Dubois", "Eze", "Fischer", "Gupta", "Haddad", "Ivanova", "Jensen", "Kowalski",
    "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrov", "Quispe", "Rossi", "Sato", "Tanaka",
)  # fmt: skip
CITER_GIVEN = ("Ravi", "Mei", "Tomas", "Ayla", "Boris", "Cleo", "Dario", "Elif")
CITER_FAMILY = ("Exley", "Outram", "Farrow", "Quill", "Vance")

HUB = openalex_person("Ingrid Halvorsen", orcid(1), "A5000000001")
SOLO = openalex_person("Solveig Ünal", orcid(2))
SOLO_COAUTHOR = openalex_person("Colm Partner", None, "A5000000003")
SOLO_INSTITUTION = openalex_institution(
    "Universidad de Ejemplo", ror="0ejempl21", openalex_="I1000021", country="ES", kind="education"
)
SOLO_COAUTHOR_INSTITUTION = openalex_institution(
    "Partner Research Centre", ror=None, openalex_="I1000022", country="IE", kind="facility"
)


def coauthor(k: int) -> ResearcherRec:
    """Co-author k of the hub: 40% have an ORCID, 30% only an OpenAlex id, 30% only a name."""
    name = f"{GIVEN[k % len(GIVEN)]} {FAMILY[k // len(GIVEN)]}"
    kind = k % 10
    if kind < 4:
        return openalex_person(name, orcid(1000 + k), f"A51{k:08d}" if kind % 2 else None)
    if kind < 7:
        return openalex_person(name, None, f"A51{k:08d}")
    return openalex_person(name)


def citer(k: int) -> ResearcherRec:
    """An author of papers that cite the hub (never the hub's co-author), name only."""
    return openalex_person(f"{CITER_GIVEN[k % len(CITER_GIVEN)]} {CITER_FAMILY[k // len(CITER_GIVEN)]}")


def _date(rng: random.Random, year: int | None) -> str | None:
    if year is None or rng.random() < 0.6:
        return None
    return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


# --- the hub ----------------------------------------------------------------------------------------------


def _hub_year(i: int) -> int | None:
    return None if i % 37 == 5 else 1990 + (i * 7919) % 36


def _hub_institutions(i: int, year: int | None) -> tuple[InstitutionRec, ...]:
    """The hub's byline institutions on work i: they follow its career, with visits and gaps."""
    if i % 11 == 0:
        return ()
    if year is None:
        return (SOUTHPORT,) if i % 2 else ()
    if year < 2000:
        return (NORTHBRIDGE,)
    if year <= 2012:
        return (EASTFIELD, RIVERSIDE) if year >= 2005 and i % 2 == 0 else (EASTFIELD,)
    if year in (2015, 2020) and i % 10 == 1:
        return (SOUTHPORT, GRAPHLAB, VISITING, ZURICH)  # four: more than a page of 3
    if year <= 2020 and i % 4 == 0:
        return (GRAPHLAB, SOUTHPORT)
    return (SOUTHPORT,)


def _coauthor_works(rng: random.Random) -> dict[int, list[int]]:
    """Hub work index -> the co-authors on it. Co-author k < CLOSE shares 2 + (149 - k) // 10 works."""
    on: dict[int, list[int]] = {i: [] for i in range(HUB_WORKS)}
    others = [i for i in range(HUB_WORKS) if i not in BIG_WORKS]
    undated = [i for i in others if _hub_year(i) is None]
    for k in range(COAUTHORS):
        shared = 2 + (CLOSE - 1 - k) // 10 if k < CLOSE else 1
        big = BIG_WORKS[k // 13] if k < 13 * len(BIG_WORKS) else None
        pool = undated if k == UNDATED_COAUTHOR else others
        works = rng.sample(pool, shared - (big is not None))
        for i in [*([big] if big is not None else []), *works]:
            on[i].append(k)
    return on


def _hub_paper(i: int, rng: random.Random, people: list[int], crossref: bool) -> PaperRec:
    """Hub work i with its co-authors `people`, as OpenAlex (or, for `crossref`, Crossref) describes it; its
    references to other hub works are added by `build`."""
    year = _hub_year(i)
    doi: str | None = f"10.5555/hub.{i:04d}"
    pmid: str | None = None
    arxiv: str | None = None
    if i % 23 == 0 and not crossref:
        doi = None
        if i % 69 == 0:
            arxiv = f"2101.{i:05d}"
        elif i % 46 == 0:
            pmid = f"{31000000 + i}"
    slots: list[int | None] = [*sorted(people, key=lambda k: (k * 7) % 11)]  # None is the hub
    slots.insert(min(i % 4, len(slots)), None)
    authors: list[AuthorshipRec] = []
    for pos, k in enumerate(slots, start=1):
        if k is None:
            person, insts = HUB, _hub_institutions(i, year)
        else:
            person = coauthor(k)
            insts = (PEERS[k % len(PEERS)],) if (i + k) % 3 else ()
            if (i + k) % 17 == 0:
                insts = (*insts, PEERS[(k + 1) % len(PEERS)])
        corresponding = (pos == 1 and i % 3 == 0) or (k is None and i % 7 == 0)
        if crossref:
            person = crossref_of(person)
            insts = tuple(crossref_institution(x) for x in insts if x.ror)
        authors.append(AuthorshipRec(person, pos, corresponding, insts))
    kind = TYPES[i % len(TYPES)]
    venue: VenueRec | None
    if i % 13 == 0:
        venue = None
    elif kind == "preprint":
        venue = ARXIV
    elif i % 19 == 0:
        venue = PROCEEDINGS
    else:
        venue = JOURNALS[(i * 5) % len(JOURNALS)]
    if crossref:
        kind = "article" if kind == "review" else kind  # Crossref has no review type
        venue = crossref_venue(venue)
    if crossref:
        topics: tuple[TopicLink, ...] = (TopicLink(KEYWORDS[i % len(KEYWORDS)]),)  # Crossref subjects: no score
    else:
        picked: dict[str, TopicLink] = {}
        for _ in range(1 + i % 3):
            pool = TREE_TOPICS if rng.random() < 0.8 else KEYWORDS
            # Lower-numbered topics are more common, so counts differ and ties still happen.
            t = pool[min(int(len(pool) * rng.random() ** 1.7), len(pool) - 1)]
            picked.setdefault(t.id, TopicLink(t, rng.choice(SCORES)))
        topics = tuple(picked.values())
    missing = (WorkRef(doi=f"10.9999/missing.{i}"),) if i % 10 == 3 else ()
    return PaperRec(
        source="crossref" if crossref else "openalex",
        source_id=doi if crossref and doi else f"W40{i:08d}",
        title=f"Hub work {i}: {TREE_TOPICS[i % len(TREE_TOPICS)].name.lower()} at scale",
        year=year,
        publication_date=_date(rng, year),
        type=kind,
        abstract=None if i % 3 == 0 else f"We study case {i} of the hub's programme.",
        language="en" if i % 4 else None,
        doi=doi,
        pmid=pmid,
        arxiv_id=arxiv,
        openalex_id=None if crossref else f"W40{i:08d}",
        venue=venue,
        authors=tuple(authors),
        topics=topics,
        references=missing,
    )


@lru_cache(maxsize=1)
def build() -> ProfileGraph:
    """The whole profile graph (the same every time)."""
    rng = random.Random(SEED)
    on = _coauthor_works(rng)
    orcid_only = {k for k in range(COAUTHORS) if coauthor(k).orcid is not None}
    candidates = [
        i for i in range(HUB_WORKS) if i % 5 == 2 and i % 23 != 0 and i not in BIG_WORKS and set(on[i]) <= orcid_only
    ]
    crossref = set(candidates[:CROSSREF_WORKS])
    assert len(crossref) == CROSSREF_WORKS
    merged = [
        i
        for i in range(HUB_WORKS)
        if i % 5 == 4 and i % 23 != 0 and i not in BIG_WORKS and set(on[i]) <= orcid_only and _hub_year(i)
    ][:MERGED_WORKS]

    # Papers first without references between hub works, then with them (references need the ids).
    papers = {i: _hub_paper(i, rng, on[i], i in crossref) for i in range(HUB_WORKS)}
    late = {i: _hub_paper(i, rng, on[i], crossref=True) for i in merged}
    for i in merged:
        papers[i] = replace(papers[i], year=None, publication_date=None)
    cite_rng = random.Random(SEED + 1)
    for i, p in papers.items():
        older = cite_rng.sample(range(i), min(i, i % 4)) if i else []
        refs = [papers[j].ref for j in older] + list(p.references)
        if p.source == "crossref":  # Crossref references works by DOI only
            refs = [WorkRef(doi=r.doi) for r in refs if r.doi]
        papers[i] = replace(p, references=tuple(refs))
    for i in merged:
        late[i] = replace(late[i], references=tuple(WorkRef(doi=r.doi) for r in papers[i].references if r.doi))

    solo_cited = PaperRec(
        source="openalex",
        source_id="W3000000002",
        title="An earlier result the solo work builds on",
        year=2019,
        type="article",
        doi="10.5555/solo.cited",
        openalex_id="W3000000002",
        venue=JOURNALS[3],
        authors=(AuthorshipRec(citer(0), 1, True),),
    )
    solo_work = PaperRec(
        source="openalex",
        source_id="W3000000001",
        title="A single preprint on scholarly graphs",
        year=2024,
        publication_date="2024-03-15",
        type="preprint",
        abstract="One work, one co-author.",
        language="en",
        doi="10.5555/solo.1",
        openalex_id="W3000000001",
        venue=ARXIV,
        authors=(
            AuthorshipRec(SOLO, 1, True, (SOLO_INSTITUTION,)),
            AuthorshipRec(SOLO_COAUTHOR, 2, False, (SOLO_COAUTHOR_INSTITUTION,)),
        ),
        # Ties: one work each; the keyword weighs 1 (no score), the two topics 0.5 each (then by id).
        topics=(TopicLink(TREE_TOPICS[5], 0.5), TopicLink(KEYWORDS[1]), TopicLink(TREE_TOPICS[4], 0.5)),
        references=(solo_cited.ref, WorkRef(doi="10.9999/solo.missing")),
    )
    solo_citer = PaperRec(
        source="openalex",
        source_id="W3000000003",
        title="A paper citing the solo work",
        year=2025,
        type="article",
        doi="10.5555/solo.citer",
        openalex_id="W3000000003",
        venue=JOURNALS[0],
        authors=(AuthorshipRec(citer(1), 1, False), AuthorshipRec(citer(2), 2, True)),
        references=(solo_work.ref,),
    )

    ext_rng = random.Random(SEED + 2)
    external: list[PaperRec] = []
    for e in range(EXTERNAL_PAPERS):
        year = None if e % 17 == 0 else 1995 + e % 31
        cited = sorted({int(HUB_WORKS * ext_rng.random() ** 3) for _ in range(3 + e % 10)})
        names = sorted({ext_rng.randrange(len(CITER_GIVEN) * len(CITER_FAMILY)) for _ in range(1 + e % 3)})
        external.append(
            PaperRec(
                source="openalex",
                source_id=f"W60{e:08d}",
                title=f"Other work {e} citing the hub",
                year=year,
                type="article",
                doi=f"10.7777/ext.{e}",
                openalex_id=f"W60{e:08d}",
                venue=JOURNALS[e % len(JOURNALS)],
                authors=tuple(AuthorshipRec(citer(c), pos, pos == 1) for pos, c in enumerate(names, start=1)),
                topics=(TopicLink(TREE_TOPICS[e % len(TREE_TOPICS)], 0.5),),
                references=tuple(papers[j].ref for j in cited),
            )
        )

    first = (
        solo_cited,
        solo_work,
        solo_citer,
        *(papers[i] for i in range(HUB_WORKS) if i not in crossref),
        *external,
    )
    second = (*(papers[i] for i in sorted(crossref)), *(late[i] for i in merged))
    followers = tuple(Follow(f"account:follower:{n}", datetime(2026, 4, n, 12, 0, tzinfo=UTC)) for n in range(1, 8))
    claim = Claim("account:hub-owner", HUB.orcid or "", "orcid", datetime(2026, 4, 20, 8, 0, tzinfo=UTC))
    return ProfileGraph(
        runs=(ImportRun(FIRST_IMPORT_AT, first), ImportRun(SECOND_IMPORT_AT, second)),
        solo=SOLO,
        hub=HUB,
        followers=followers,
        claim=claim,
    )


# --- loading ----------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StoppedClock:
    """Stands in for `datetime` in the import pipeline, which only asks it for `now`."""

    at: datetime

    def now(self, tz: tzinfo | None = None) -> datetime:
        return self.at.astimezone(tz) if tz is not None else self.at


@contextmanager
def clock(at: datetime) -> Iterator[None]:
    """The import pipeline's clock stopped at `at`, so every node it creates has a known `importedAt`."""
    with mock.patch.object(pipeline, "datetime", StoppedClock(at)):
        yield


async def load(runner: Runner, graph: ProfileGraph) -> None:
    """Import the graph's records run by run, then the followers and the claim (onto an empty graph with
    the schema applied)."""
    for run in graph.runs:
        with clock(run.at):
            report = await pipeline.import_records(runner, run.records, label="profile-fixture", progress=False)
        assert report.skipped_total == 0, report.skipped
    rows = [{"account": f.account, "since": f.since} for f in graph.followers]
    await runner.write("testing/follow", {"researcher": graph.hub.id, "rows": rows})
    c = graph.claim
    await runner.write(
        "testing/claim",
        {"researcher": graph.hub.id, "account": c.account, "orcid": c.verified_orcid, "method": c.method, "at": c.at},
    )
