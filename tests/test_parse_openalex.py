"""OpenAlex parser (and the JSON file reading it shares with Crossref): pure parsing, no database."""

from __future__ import annotations

import gzip
import json
from collections import Counter
from pathlib import Path

import pytest

from graphdb.importers import openalex
from graphdb.importers.base import FormatError, Parsed
from graphdb.importers.jsonfiles import JsonItem, Malformed, json_records
from graphdb.records import (
    Affiliation,
    AuthorRec,
    InstitutionRec,
    PaperRec,
    Skipped,
    TopicRec,
    VenueRec,
    WorkRef,
)

DATA = Path(__file__).resolve().parent / "data"
WORK = DATA / "openalex" / "work.json"
WORKS = DATA / "openalex" / "works.jsonl"
AUTHORS = DATA / "openalex" / "authors.jsonl"

ABSTRACT = (
    "We describe a graph of research metadata: papers, researchers, institutions and topics. "
    "The graph links each paper to its authors, and each author to the institutions of a paper."
)
BROWN = InstitutionRec(
    id="ror:05gq02987",
    name="Brown University",
    ror="05gq02987",
    openalex_id="I27804330",
    country="US",
    type="education",
)
GRANADA = InstitutionRec(
    id="ror:04njjy449",
    name="Universidad de Granada",
    ror="04njjy449",
    openalex_id="I173304897",
    country="ES",
    type="education",
)


def parse_all(path: Path) -> list[Parsed]:
    return list(openalex.parse(path))


def papers(records: list[Parsed]) -> dict[str, PaperRec]:
    return {r.source_id: r for r in records if isinstance(r, PaperRec)}


def skipped(records: list[Parsed]) -> list[Skipped]:
    return [r for r in records if isinstance(r, Skipped)]


def one_work() -> PaperRec:
    (paper,) = parse_all(WORK)
    assert isinstance(paper, PaperRec)
    return paper


def test_work_ids_and_fields() -> None:
    paper = one_work()
    assert paper.source == "openalex"
    assert paper.source_id == "W4300000001"
    assert paper.title == "Graph databases for research metadata"
    assert paper.year == 2021
    assert paper.publication_date == "2021-03-15"
    assert paper.type == "article"
    assert paper.language == "en"
    assert paper.doi == "10.5555/rg-overlap-1"
    assert paper.pmid == "33700001"
    assert paper.pmcid == "PMC8000001"
    assert paper.arxiv_id == "2103.01234"
    assert paper.openalex_id == "W4300000001"
    assert paper.local_id is None


def test_work_abstract_rebuilt_in_order() -> None:
    assert one_work().abstract == ABSTRACT


def test_abstract_positions_not_in_key_order() -> None:
    index = {"graph": [3], "a": [2, 5], "We": [0], "draw": [1], "of": [4], "graphs.": [6]}
    assert openalex.rebuild_abstract(index) == "We draw a graph of a graphs."
    assert openalex.rebuild_abstract(None) is None
    assert openalex.rebuild_abstract({}) is None


def test_work_venue_from_primary_location() -> None:
    assert one_work().venue == VenueRec(
        id="issn:1234-5679",
        name="Journal of Research Graphs",
        kind="journal",
        issn="1234-5679",
        openalex_id="S4210000001",
    )


def test_work_authorships_in_order() -> None:
    authors = one_work().authors
    assert [a.position for a in authors] == [1, 2, 3]
    assert [a.corresponding for a in authors] == [True, False, False]
    first, second, third = (a.researcher for a in authors)
    assert first.id == "orcid:0000-0002-1825-0097"
    assert first.orcid == "0000-0002-1825-0097"
    assert first.openalex_id == "A5000000001"
    assert first.name == first.display_name == "Josiah Carberry"
    assert first.family_key == "carberry"
    assert second.id == "openalex:A5000000002"
    assert second.orcid is None
    assert second.family_key == "garcia-lopez"
    assert third.id == "openalex:A5000000004"
    assert authors[0].institutions == (BROWN,)
    assert authors[1].institutions == (GRANADA, BROWN)
    assert authors[2].institutions == (
        InstitutionRec(id="name:example-research-institute", name="Example Research Institute", country="CN"),
    )


def test_work_topics_with_hierarchy() -> None:
    topics = one_work().topics
    assert [(t.topic.id, t.topic.level, t.score) for t in topics] == [
        ("openalex:T10215", "topic", 0.9987),
        ("openalex:T11719", "topic", 0.9721),
        ("keyword:graph-database", "keyword", 0.61),
    ]  # concepts are not used when the work has topics
    chain: list[tuple[str, str, str]] = []
    node: TopicRec | None = topics[0].topic
    while node is not None:
        chain.append((node.id, node.name, node.level))
        node = node.parent
    assert chain == [
        ("openalex:T10215", "Semantic Web and Ontologies", "topic"),
        ("openalex:subfields/1710", "Information Systems", "subfield"),
        ("openalex:fields/17", "Computer Science", "field"),
        ("openalex:domains/3", "Physical Sciences", "domain"),
    ]
    assert topics[2].topic == TopicRec(id="keyword:graph-database", name="Graph database", level="keyword")


def test_work_references() -> None:
    assert one_work().references == (WorkRef(openalex_id="W2741809807"), WorkRef(openalex_id="W1999167944"))


def test_works_jsonl_records_and_skips() -> None:
    records = parse_all(WORKS)
    assert [type(r).__name__ for r in records] == [
        "PaperRec",
        "Skipped",
        "Skipped",
        "PaperRec",
        "Skipped",
        "Skipped",
    ]
    assert Counter(s.reason for s in skipped(records)) == {
        "malformed json": 1,
        "missing title": 1,
        "unsupported entity": 1,
        "malformed record": 1,
    }
    bad_json, no_title, institution, bad_record = skipped(records)
    assert bad_json.source_id is None
    assert bad_json.detail.startswith("line 2: ")
    assert (no_title.source_id, no_title.detail) == ("W4300000003", "line 3")
    assert (institution.source_id, institution.detail) == ("I27804330", "line 5: institution")
    assert bad_record.source_id == "W4300000005"
    assert bad_record.detail == "line 6: TypeError: authorships is a str, expected a list"
    assert all(s.source == "openalex" for s in skipped(records))


def test_preprint_concepts_arxiv_and_repeated_names() -> None:
    paper = papers(parse_all(WORKS))["W4300000002"]
    assert paper.type == "preprint"
    assert paper.arxiv_id == "2007.00001"
    assert paper.doi == "10.48550/arxiv.2007.00001"
    assert paper.abstract is None
    assert paper.venue == VenueRec(
        id="openalex:S4306400194", name="arXiv (Cornell University)", kind="repository", openalex_id="S4306400194"
    )
    assert [(t.topic.id, t.topic.name, t.topic.level, t.topic.parent, t.score) for t in paper.topics] == [
        ("openalex:C41008148", "Computer science", "concept", None, 0.74),
        ("openalex:C124101348", "Data mining", "concept", None, 0.41),
    ]
    # two authors without an id and with the same name are two people
    assert [(a.position, a.researcher.id) for a in paper.authors] == [
        (1, "openalex:name:zhang_wei"),
        (2, "openalex:A5000000005"),
        (3, "openalex:name:zhang_wei~3"),
    ]
    assert paper.authors[0].researcher.family_key == "zhang"
    assert not paper.authors[0].researcher.identified
    assert paper.references == (WorkRef(openalex_id="W4300000001"),)


def test_issn_fallback_year_only_date_and_empty_abstract() -> None:
    paper = papers(parse_all(WORKS))["W4300000004"]
    assert paper.year == 2018
    assert paper.publication_date is None  # "2018" is not a full date
    assert paper.type == "review"
    assert paper.pmid == "29000004"
    assert paper.abstract is None
    assert paper.venue is not None
    assert (paper.venue.id, paper.venue.issn) == ("issn:2345-6787", "2345-6787")  # no issn_l: first of `issn`
    assert paper.topics[0].topic == TopicRec(
        id="keyword:name-disambiguation", name="Name disambiguation", level="keyword"
    )


def test_authors_with_affiliation_years() -> None:
    records = parse_all(AUTHORS)
    assert all(isinstance(r, AuthorRec) for r in records)
    carberry, public = (r for r in records if isinstance(r, AuthorRec))
    assert carberry.source == "openalex"
    assert carberry.source_id == "A5000000001"
    assert carberry.researcher.id == "orcid:0000-0002-1825-0097"
    assert carberry.researcher.openalex_id == "A5000000001"
    assert carberry.researcher.display_name == "Josiah Carberry"
    wesleyan = InstitutionRec(
        id="ror:05h7xva58",
        name="Wesleyan University",
        ror="05h7xva58",
        openalex_id="I169521973",
        country="US",
        type="education",
    )
    assert carberry.affiliations == (Affiliation(BROWN, 2020, 2023), Affiliation(wesleyan, 2017, 2018))
    # no `affiliations`: the older `last_known_institution`, years unknown
    assert public.researcher.id == "orcid:0000-0001-5109-3700"
    assert public.researcher.family_key == "public"
    assert public.affiliations == (Affiliation(GRANADA, None, None),)


def test_gzip_detected_by_content(tmp_path: Path) -> None:
    for source, name in ((WORKS, "works.data"), (WORK, "work.json"), (AUTHORS, "authors.txt")):
        packed = tmp_path / name
        packed.write_bytes(gzip.compress(source.read_bytes()))
        assert parse_all(packed) == parse_all(source)


def test_api_list_response_and_array(tmp_path: Path) -> None:
    work = json.loads(WORK.read_text())
    author = json.loads(AUTHORS.read_text().splitlines()[0])
    page = tmp_path / "page.json"
    page.write_text(json.dumps({"meta": {"count": 2, "page": 1, "per_page": 25}, "results": [work, author]}))
    array = tmp_path / "array.json"
    array.write_text(json.dumps([work, author], indent=2))
    for path in (page, array):
        records = parse_all(path)
        assert [type(r).__name__ for r in records] == ["PaperRec", "AuthorRec"]
        assert records[0] == one_work()


def test_malformed_first_line_does_not_decide_format(tmp_path: Path) -> None:
    path = tmp_path / "works.jsonl"
    path.write_text("{not json\n\n" + WORKS.read_text().splitlines()[0] + "\n")
    records = parse_all(path)
    assert [type(r).__name__ for r in records] == ["Skipped", "PaperRec"]
    assert isinstance(records[0], Skipped)
    assert records[0].reason == "malformed json"
    assert records[0].detail.startswith("line 1: ")


def test_missing_id(tmp_path: Path) -> None:
    path = tmp_path / "works.jsonl"
    lines = WORKS.read_text().splitlines()
    nameless = json.loads(lines[0])
    nameless["id"] = None
    path.write_text(lines[0] + "\n" + json.dumps(nameless) + "\n")
    records = parse_all(path)
    assert isinstance(records[1], Skipped)
    assert (records[1].reason, records[1].source_id) == ("missing id", None)


@pytest.mark.parametrize("name", ["work.json", "works.json"])
def test_crossref_file_is_a_format_error(name: str) -> None:
    path = DATA / "crossref" / name
    with pytest.raises(FormatError) as err:
        parse_all(path)
    message = str(err.value)
    assert "\n" not in message
    assert str(path) in message
    assert "OpenAlex" in message


@pytest.mark.parametrize(
    ("content", "found"),
    [
        (b'<?xml version="1.0"?>\n<PubmedArticleSet><PubmedArticle/></PubmedArticleSet>\n', "XML"),
        (bytes(range(256)) * 4, "binary"),
        (b"id,title\nW1,Hello\n", "text"),
        (gzip.compress(b"<PubmedArticleSet/>"), "XML"),
    ],
)
def test_not_json_is_a_format_error(tmp_path: Path, content: bytes, found: str) -> None:
    path = tmp_path / "input.json"
    path.write_bytes(content)
    with pytest.raises(FormatError) as err:
        parse_all(path)
    message = str(err.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: not JSON")
    assert found in message


def test_broken_document_and_missing_file(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{\n  "id": "https://openalex.org/W1",\n  "title": \n')
    with pytest.raises(FormatError, match="not valid JSON"):
        parse_all(broken)
    with pytest.raises(FormatError, match="cannot read"):
        parse_all(tmp_path / "absent.jsonl")
    bad_gzip = tmp_path / "bad.gz"
    bad_gzip.write_bytes(b"\x1f\x8b\x08\x00garbage")
    with pytest.raises(FormatError, match="cannot read"):
        parse_all(bad_gzip)


def test_json_records_positions(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text('{"a": 1}\n\n[1, 2]\n{"results": [{"b": 2}, 3]}\n{"c": \n')
    assert list(json_records(path)) == [
        JsonItem("line 1", {"a": 1}),
        JsonItem("line 3", Malformed("line 3: not a JSON object")),
        JsonItem("line 4 item 1", {"b": 2}),
        JsonItem("line 4 item 2", Malformed("line 4 item 2: not a JSON object")),
        JsonItem("line 5", Malformed("line 5: unexpected end of data at column 7")),
    ]
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n  \n")
    assert list(openalex.parse(empty)) == []
