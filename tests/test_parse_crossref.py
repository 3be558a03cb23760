"""Crossref parser: pure parsing, no database."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from graphdb.importers import crossref, openalex
from graphdb.importers.base import FormatError, Parsed
from graphdb.records import AuthorRec, InstitutionRec, PaperRec, Skipped, TopicLink, TopicRec, VenueRec, WorkRef

DATA = Path(__file__).resolve().parent / "data"
WORK = DATA / "crossref" / "work.json"
WORKS = DATA / "crossref" / "works.json"


def parse_all(path: Path) -> list[Parsed]:
    return list(crossref.parse(path))


def papers(records: list[Parsed]) -> dict[str, PaperRec]:
    return {r.source_id: r for r in records if isinstance(r, PaperRec)}


def one_work() -> PaperRec:
    (paper,) = parse_all(WORK)
    assert isinstance(paper, PaperRec)
    return paper


def write_json(path: Path, value: object) -> Path:
    path.write_text(json.dumps(value))
    return path


def test_single_response_fields() -> None:
    paper = one_work()
    assert paper.source == "crossref"
    assert paper.source_id == "10.5555/rg-overlap-1"
    assert paper.doi == "10.5555/rg-overlap-1"
    assert paper.title == "Graph databases for research metadata"
    assert paper.year == 2021
    assert paper.publication_date == "2021-03-15"
    assert paper.type == "article"
    assert paper.language == "en"
    assert paper.abstract is None
    assert (paper.pmid, paper.openalex_id, paper.arxiv_id, paper.local_id) == (None, None, None, None)


def test_single_response_venue_prefers_print_issn() -> None:
    assert one_work().venue == VenueRec(
        id="issn:1234-5679", name="Journal of Research Graphs", kind="journal", issn="1234-5679"
    )


def test_single_response_authors() -> None:
    authors = one_work().authors
    assert [a.position for a in authors] == [1, 2, 3]
    assert [a.corresponding for a in authors] == [False, False, False]
    carberry, garcia, zhang = (a.researcher for a in authors)
    assert carberry.id == "orcid:0000-0002-1825-0097"
    assert carberry.orcid == "0000-0002-1825-0097"
    assert carberry.name == "Josiah S. Carberry"
    assert carberry.family_key == "carberry"
    assert carberry.openalex_id is None
    assert garcia.id == "crossref:name:garcia-lopez_maria-jose"
    assert garcia.name == "María José García-López"
    assert garcia.family_key == "garcia-lopez"
    assert zhang.id == "crossref:name:zhang_wei"
    assert authors[0].institutions == (
        InstitutionRec(id="ror:05gq02987", name="Brown University, Providence, RI, USA", ror="05gq02987"),
    )
    name = "Departamento de Informática, Universidad de Granada, Spain"
    assert authors[1].institutions == (
        InstitutionRec(id="name:departamento-de-informatica-universidad-de-granada-spain", name=name),
    )
    assert authors[2].institutions == ()


def test_single_response_subjects_and_references() -> None:
    paper = one_work()
    assert paper.topics == (
        TopicLink(TopicRec(id="keyword:information-systems", name="Information Systems", level="keyword")),
        TopicLink(
            TopicRec(id="keyword:computer-science-applications", name="Computer Science Applications", level="keyword")
        ),
    )
    # the unstructured reference has no DOI; DOIs are normalised
    assert paper.references == (WorkRef(doi="10.1000/xyz123"), WorkRef(doi="10.5555/rg-oa-4"))


def test_work_list_items_and_skips() -> None:
    records = parse_all(WORKS)
    assert [type(r).__name__ for r in records] == ["PaperRec", "Skipped", "PaperRec"]
    missing = records[1]
    assert missing == Skipped(
        source="crossref", source_id=None, reason="missing DOI", detail="item 2: A record without a DOI"
    )


def test_proceedings_paper_without_full_date_and_organisation_author() -> None:
    paper = papers(parse_all(WORKS))["10.5555/rg-normal-2"]
    assert paper.title == "Query planning for citation graphs"
    assert paper.year == 2019
    assert paper.publication_date is None  # only year and month
    assert paper.type == "conference-paper"
    assert paper.venue == VenueRec(
        id="name:proceedings-of-the-graph-conference", name="Proceedings of the Graph Conference", kind="conference"
    )
    # the consortium (only a `name`) is not a person and does not take a position
    assert [(a.position, a.researcher.id) for a in paper.authors] == [
        (1, "crossref:name:souza_ana"),
        (2, "crossref:name:watanabe_kenji"),
    ]
    assert paper.authors[1].institutions == (InstitutionRec(id="name:university-of-tokyo", name="University of Tokyo"),)
    assert paper.references == ()
    assert paper.topics == ()


def test_posted_content_with_jats_abstract_orcid_ror() -> None:
    paper = papers(parse_all(WORKS))["10.5555/rg-jats-3"]
    assert paper.type == "preprint"
    assert paper.year == 2022
    assert paper.publication_date == "2022-01-10"
    assert paper.abstract == "Graphs link papers, researchers and topics. We show how."
    assert paper.venue == VenueRec(id="name:biorxiv", name="bioRxiv", kind="repository")
    first, second, third = paper.authors
    assert first.researcher.id == "orcid:0000-0001-5109-3700"
    assert first.researcher.name == "Jane Q. Public"
    assert first.researcher.family_key == "public"
    assert first.institutions == (
        InstitutionRec(id="ror:04njjy449", name="Universidad de Granada", ror="04njjy449"),
        InstitutionRec(
            id="name:example-research-institute-beijing-china", name="Example Research Institute, Beijing, China"
        ),
    )
    # one name twice on a byline: two people, never merged
    assert (second.position, second.researcher.id) == (2, "crossref:name:zhang_wei")
    assert (third.position, third.researcher.id) == (3, "crossref:name:zhang_wei~3")
    assert paper.references == (WorkRef(doi="10.5555/rg-normal-2"), WorkRef(doi="10.5555/rg-overlap-1"))


def test_fixtures_share_ids_with_openalex() -> None:
    (oa_paper,) = openalex.parse(DATA / "openalex" / "work.json")
    assert isinstance(oa_paper, PaperRec)
    assert oa_paper.doi == one_work().doi == "10.5555/rg-overlap-1"
    assert oa_paper.authors[0].researcher.id == one_work().authors[0].researcher.id == "orcid:0000-0002-1825-0097"
    jats = papers(parse_all(WORKS))["10.5555/rg-jats-3"]
    oa_authors = [r for r in openalex.parse(DATA / "openalex" / "authors.jsonl") if isinstance(r, AuthorRec)]
    assert jats.authors[0].researcher.orcid in {a.researcher.orcid for a in oa_authors}


def test_bare_messages_array_jsonl_and_gzip(tmp_path: Path) -> None:
    response = json.loads(WORK.read_text())
    listing = json.loads(WORKS.read_text())
    items = [response["message"], *listing["message"]["items"]]
    expected = [r for path in (WORK, WORKS) for r in parse_all(path)]

    array = write_json(tmp_path / "array.json", items)
    lines = tmp_path / "responses.jsonl"
    lines.write_text(json.dumps(response) + "\n" + '{"status": "ok", "message-type": \n' + json.dumps(listing) + "\n")
    packed = tmp_path / "responses.bin"
    packed.write_bytes(gzip.compress(lines.read_bytes()))

    strip = [r for r in expected if not isinstance(r, Skipped)]
    assert [r for r in parse_all(array) if not isinstance(r, Skipped)] == strip
    for path in (lines, packed):
        records = parse_all(path)
        assert [r for r in records if not isinstance(r, Skipped)] == strip
        assert [(s.reason, s.detail.split(":")[0]) for s in records if isinstance(s, Skipped)] == [
            ("malformed json", "line 2"),
            ("missing DOI", "line 3 item 2"),
        ]


def test_missing_title_and_malformed_record(tmp_path: Path) -> None:
    message = json.loads(WORK.read_text())["message"]
    untitled = {**message, "DOI": "10.5555/untitled", "title": []}
    broken = {**message, "DOI": "10.5555/broken", "author": "Carberry, J."}
    other = {"status": "ok", "message-type": "member", "message": {"id": 7822, "primary-name": "Example"}}
    records = parse_all(write_json(tmp_path / "works.json", [message, untitled, broken, other]))
    assert [type(r).__name__ for r in records] == ["PaperRec", "Skipped", "Skipped", "Skipped"]
    assert records[1] == Skipped("crossref", "10.5555/untitled", "missing title", "item 2")
    assert records[2] == Skipped(
        "crossref", "10.5555/broken", "malformed record", "item 3: TypeError: author is a str, expected a list"
    )
    assert records[3] == Skipped("crossref", None, "unsupported message type", "item 4: member")


def test_jats_text() -> None:
    assert crossref.jats_text(None) is None
    assert crossref.jats_text("  plain   text ") == "plain text"
    assert crossref.jats_text("<p>One</p><p>Two &amp; three</p>") == "One Two & three"
    assert (
        crossref.jats_text(
            "<jats:sec><jats:title>Background</jats:title><jats:p>H<jats:sub>2</jats:sub>O is "
            '<jats:xref ref-type="bibr">wet</jats:xref>.</jats:p></jats:sec>'
        )
        == "Background H2O is wet."
    )
    assert crossref.jats_text("<jats:p>Unclosed <jats:italic>tag</jats:p>") == "Unclosed tag"
    assert crossref.strip_markup("The <i>E. coli</i> genome") == "The E. coli genome"
    assert crossref.strip_markup("When a < b") == "When a < b"


@pytest.mark.parametrize("path", [DATA / "openalex" / "work.json", DATA / "openalex" / "works.jsonl"])
def test_openalex_file_is_a_format_error(path: Path) -> None:
    with pytest.raises(FormatError) as err:
        parse_all(path)
    message = str(err.value)
    assert "\n" not in message
    assert str(path) in message
    assert "Crossref" in message


def test_xml_file_is_a_format_error(tmp_path: Path) -> None:
    path = tmp_path / "works.json"
    path.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<doi_batch version="5.3.1"></doi_batch>\n')
    with pytest.raises(FormatError) as err:
        parse_all(path)
    message = str(err.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: not JSON")
    assert "XML" in message
