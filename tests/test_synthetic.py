"""The synthetic research-graph generator (bench.synthetic): deterministic, well-formed, power-law shaped.

No database: these tests only consume the generated records.
"""

from __future__ import annotations

import itertools
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterator

import pytest

from bench import synthetic
from bench.synthetic import generate, researcher_count
from graphdb.importers import normalize
from graphdb.records import PaperRec, TopicRec

SMALL = 5_000


@pytest.fixture(scope="module")
def small() -> list[PaperRec]:
    return list(generate(SMALL, seed=3))


def test_same_input_same_sequence() -> None:
    assert list(generate(1_500, seed=7)) == list(generate(1_500, seed=7))


def test_another_seed_another_sequence() -> None:
    one = list(generate(1_500, seed=1))
    two = list(generate(1_500, seed=2))
    assert one != two
    assert one[0].doi == "10.99999/syn.1.0" or one[0].doi is None
    assert {p.source_id for p in one}.isdisjoint(p.source_id for p in two)


def test_streams_without_building_a_list() -> None:
    records = generate(100_000, seed=1)
    assert isinstance(records, Iterator)
    first = next(records)
    assert first.source_id == "synthetic:1:0"


def test_empty_and_invalid_sizes() -> None:
    assert list(generate(0)) == []
    with pytest.raises(ValueError, match="papers"):
        generate(-1)


def test_researcher_count() -> None:
    assert researcher_count(1) == 50
    assert researcher_count(100_000) == 60_000
    assert synthetic.institution_count(researcher_count(100)) == 10


def test_paper_ids(small: list[PaperRec]) -> None:
    assert len(small) == SMALL
    assert all(p.source == "synthetic" for p in small)
    assert [p.source_id for p in small] == [f"synthetic:3:{i}" for i in range(SMALL)]
    graph_ids = [
        normalize.paper_id(doi_=p.doi, pmid_=p.pmid, arxiv_=p.arxiv_id, openalex_=p.openalex_id, fallback=p.local_id)
        for p in small
    ]
    assert None not in graph_ids
    assert len(set(graph_ids)) == SMALL
    for i, p in enumerate(small):
        if p.doi is not None:
            assert p.doi == f"10.99999/syn.3.{i}" == normalize.doi(p.doi)
        if p.pmid is not None:
            assert p.pmid == f"9{i}" == normalize.pmid(p.pmid)
        assert p.local_id == (None if p.doi or p.pmid else p.source_id)
    assert 0.75 < sum(p.doi is not None for p in small) / SMALL < 0.85
    assert 0.25 < sum(p.pmid is not None for p in small) / SMALL < 0.35
    assert 0.65 < sum(p.abstract is not None for p in small) / SMALL < 0.75


def test_years_types_dates_venues(small: list[PaperRec]) -> None:
    years = [p.year for p in small]
    assert all(y is not None and synthetic.YEAR_MIN <= y <= synthetic.YEAR_MAX for y in years)
    assert years == sorted(years, key=lambda y: y or 0)
    assert statistics.median(y or 0 for y in years) >= 2005  # skewed to recent
    types = Counter(p.type for p in small)
    assert set(types) == {"article", "preprint", "review", "book-chapter", "dataset"}
    assert types.most_common(1)[0][0] == "article"
    for p in small:
        assert p.title
        if p.publication_date is not None:
            assert p.publication_date.startswith(f"{p.year}-")
            assert len(p.publication_date) == 10
        if p.venue is not None:
            assert p.venue.id.startswith("synthetic:venue:")
            assert p.venue.kind in {"journal", "repository"}
            assert p.venue.issn is None or normalize.issn(p.venue.issn) == p.venue.issn
        if p.type == "preprint":
            assert p.venue is not None
            assert p.venue.kind == "repository"
    assert any(p.venue is not None and p.venue.name == "arXiv" for p in small)


def test_authors(small: list[PaperRec]) -> None:
    counts = Counter(len(p.authors) for p in small)
    assert min(counts) >= 1
    assert max(counts) <= synthetic.MAX_AUTHORS
    assert sum(v for k, v in counts.items() if k <= 8) / SMALL > 0.85  # mostly 1-8
    assert max(counts) >= 30  # with a tail
    for p in small:
        assert [a.position for a in p.authors] == list(range(1, len(p.authors) + 1))
        ids = [a.researcher.id for a in p.authors]
        assert len(set(ids)) == len(ids)
        assert sum(a.corresponding for a in p.authors) == 1
        for a in p.authors:
            for inst in a.institutions:
                assert inst.id.startswith("synthetic:inst:")
                assert inst.ror is None
                assert inst.type in {"education", "healthcare", "company", "facility"}
                assert inst.country


def test_researchers_and_orcids(small: list[PaperRec]) -> None:
    people = {a.researcher.id: a.researcher for p in small for a in p.authors}
    names: dict[str, set[str]] = defaultdict(set)
    for p in small:
        for a in p.authors:
            names[a.researcher.id].add(a.researcher.name)
    assert all(len(v) == 1 for v in names.values())  # one id, one person
    orcids = [r.orcid for r in people.values() if r.orcid is not None]
    assert len(orcids) == len(set(orcids))
    assert 0.3 < len(orcids) / len(people) < 0.5
    for r in people.values():
        assert r.family_key == normalize.fold(r.name.split(" ", 1)[1])
        if r.orcid is not None:
            assert normalize.orcid(r.orcid) == r.orcid
            assert r.orcid.startswith("0009-")
            assert r.id == f"orcid:{r.orcid}"
        else:
            assert r.id.startswith("synthetic:name:")
            assert r.id.rsplit("_", 1)[1].isdigit()  # the index keeps namesakes apart


def test_orcid_helpers() -> None:
    assert synthetic.orcid_check_digit("000000021825009") == "7"
    made = [synthetic.synthetic_orcid(i) for i in range(20_000)]
    real = [o for o in made if o is not None]
    assert all(normalize.orcid(o) == o for o in real)
    assert len(set(real)) == len(real)
    assert 0.37 < len(real) / len(made) < 0.43


def test_researchers_do_not_depend_on_seed() -> None:
    one = {a.researcher.id: a.researcher for p in generate(1_000, seed=1) for a in p.authors}
    two = {a.researcher.id: a.researcher for p in generate(1_000, seed=2) for a in p.authors}
    shared = one.keys() & two.keys()
    assert shared
    assert all(one[k] == two[k] for k in shared)


def test_citations_point_to_earlier_identified_papers(small: list[PaperRec]) -> None:
    seen: dict[str, int] = {}
    total = 0
    cited: Counter[str] = Counter()
    for i, p in enumerate(small):
        assert len(p.references) <= synthetic.MAX_REFERENCES
        keys = []
        for ref in p.references:
            assert ref.doi or ref.pmid
            key = f"doi:{ref.doi}" if ref.doi else f"pmid:{ref.pmid}"
            assert key in seen, "cites a paper not generated before it"
            j = seen[key]
            assert j < i
            assert ref == small[j].ref  # the cited paper's own persistent ids
            assert (small[j].year or 0) <= (p.year or 0)
            keys.append(key)
            cited[key] += 1
        assert len(keys) == len(set(keys))
        total += len(keys)
        if p.doi:
            seen[f"doi:{p.doi}"] = i
        if p.pmid:
            seen[f"pmid:{p.pmid}"] = i
    assert total / SMALL > 5
    assert cited.most_common(1)[0][1] >= 10 * statistics.mean(cited.values())  # preferential attachment


def test_topics(small: list[PaperRec]) -> None:
    used: set[str] = set()
    for p in small:
        assert 1 <= len(p.topics) <= 4
        assert len({link.topic.id for link in p.topics}) == len(p.topics)
        for link in p.topics:
            assert link.score is not None
            assert 0 < link.score <= 1
            chain: list[TopicRec] = []
            node: TopicRec | None = link.topic
            while node is not None:
                chain.append(node)
                node = node.parent
            assert [t.level for t in chain] == ["topic", "subfield", "field", "domain"]
            assert all(t.id.startswith("synthetic:topic:") for t in chain)
            used.add(link.topic.id)
        scores = [link.score or 0 for link in p.topics]
        assert scores == sorted(scores, reverse=True)
    tree = synthetic.topic_tree()
    assert (len(tree.domains), len(tree.fields)) == (4, 26)
    assert 200 <= len(tree.subfields) <= 300
    assert 2_000 <= len(tree.topics) <= 3_000
    assert len({t.id for t in (*tree.domains, *tree.fields, *tree.subfields, *tree.topics)}) == (
        len(tree.domains) + len(tree.fields) + len(tree.subfields) + len(tree.topics)
    )
    assert len(used) > 1_000


def field_of(p: PaperRec) -> str:
    parent = p.topics[0].topic.parent
    assert parent is not None
    assert parent.parent is not None
    return parent.parent.id


def test_topics_follow_the_first_author(small: list[PaperRec]) -> None:
    by_first: dict[str, list[str]] = defaultdict(list)
    for p in small:
        by_first[p.authors[0].researcher.id].append(field_of(p))
    checked = 0
    for fields in by_first.values():
        if len(fields) >= 5:
            checked += 1
            assert Counter(fields).most_common(1)[0][1] >= 0.6 * len(fields)
    assert checked >= 10


def test_collaborations_repeat(small: list[PaperRec]) -> None:
    pairs: Counter[tuple[str, str]] = Counter()
    for p in small:
        if len(p.authors) <= 20:
            ids = sorted(a.researcher.id for a in p.authors)
            pairs.update(itertools.combinations(ids, 2))
    assert pairs.most_common(1)[0][1] >= 20
    assert sum(1 for n in pairs.values() if n >= 3) >= 100


def test_power_law_of_works_per_researcher() -> None:
    works: Counter[str] = Counter()
    for p in generate(20_000, seed=5):
        works.update(a.researcher.id for a in p.authors)
    counts = sorted(works.values())
    median = statistics.median(counts)
    assert counts[-1] >= 20 * median
    assert median <= 3  # most researchers have 1-3 works
    assert len(counts) <= researcher_count(20_000)


def test_dry_run_prints_the_shape(capsys: pytest.CaptureFixture[str]) -> None:
    assert synthetic.main(["--papers", "500", "--seed", "2", "--dry-run"]) == 0
    out = capsys.readouterr().out
    for word in ("papers", "researchers used", "authorships", "authors / paper", "citations", "institutions"):
        assert word in out
    assert "500" in out
