"""Identity normalisers and the row folding the writer relies on (no database needed)."""

from __future__ import annotations

from typing import Any

import pytest

from graphdb.importers import normalize
from graphdb.importers.rows import PAPER_KEYS, unify


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("https://doi.org/10.1000/ABC.def", "10.1000/abc.def"),
        ("doi:10.1000/xyz.", "10.1000/xyz"),
        ("10.1000/xyz", "10.1000/xyz"),
        ("not a doi", None),
        (None, None),
    ],
)
def test_doi(raw: str | None, expected: str | None) -> None:
    assert normalize.doi(raw) == expected


def test_orcid_checksum_and_forms() -> None:
    assert normalize.orcid("https://orcid.org/0000-0002-1825-0097") == "0000-0002-1825-0097"
    assert normalize.orcid("0000000218250097") == "0000-0002-1825-0097"
    assert normalize.orcid("0000-0002-1694-233x") == "0000-0002-1694-233X"
    assert normalize.orcid("0000-0002-1825-0098") is None  # wrong check digit


def test_other_ids() -> None:
    assert normalize.ror("https://ror.org/05GQ02987") == "05gq02987"
    assert normalize.openalex("https://openalex.org/w2741809807") == "W2741809807"
    assert normalize.issn("0028083x") == "0028-083X"
    assert normalize.pmid("https://pubmed.ncbi.nlm.nih.gov/12345") == "12345"
    assert normalize.pmid("0") is None
    assert normalize.arxiv("arXiv:2101.00001v3") == "2101.00001"


def test_name_key_folds_accents_and_punctuation() -> None:
    assert normalize.name_key("Müller-Lüdenscheidt", "José  A.") == "muller-ludenscheidt_jose-a"
    assert normalize.name_key("Zhang", None) == "zhang"


@pytest.mark.parametrize(
    ("affiliation", "expected"),
    [
        ("School of Computing, Tsinghua University, Beijing, China.", ("Tsinghua University", "China")),
        (
            "Dept of X, Lutheran General Hospital, Park Ridge, IL, USA; Other place, UK",
            ("Lutheran General Hospital", "USA"),
        ),
        ("Analytical Engines Laboratory, London, UK. ada@example.org", ("Analytical Engines Laboratory", "UK")),
        ("Somewhere 12", ("Somewhere 12", None)),
    ],
)
def test_institution_name(affiliation: str, expected: tuple[str, str | None]) -> None:
    assert normalize.institution_name(affiliation) == expected


def test_paper_id_precedence() -> None:
    kw = {"doi_": None, "pmid_": None, "arxiv_": None, "openalex_": None, "fallback": "pubmed:1"}
    assert normalize.paper_id(**kw) == "pubmed:1"
    assert normalize.paper_id(**(kw | {"openalex_": "W1"})) == "openalex:W1"
    assert normalize.paper_id(**(kw | {"openalex_": "W1", "pmid_": "5"})) == "pmid:5"
    assert normalize.paper_id(**(kw | {"openalex_": "W1", "pmid_": "5", "doi_": "10.1/x"})) == "doi:10.1/x"


def test_unify_folds_rows_sharing_any_key_transitively() -> None:
    rows: list[dict[str, Any]] = [
        {"id": "a", "doi": "10.1/x", "pmid": None, "title": None, "sources": ["s1"], "sourceIds": ["s1:1"]},
        {"id": "b", "doi": None, "pmid": "7", "title": "B", "sources": ["s2"], "sourceIds": ["s2:7"]},
        {"id": "c", "doi": "10.1/x", "pmid": "7", "title": "C", "sources": ["s1"], "sourceIds": ["s1:9"]},
        {"id": "d", "doi": "10.1/other", "pmid": None, "title": "D", "sources": [], "sourceIds": []},
    ]
    folded, where = unify(rows, PAPER_KEYS)
    assert where == [0, 0, 0, 1]
    assert folded[0]["title"] == "B"  # the first non-null value wins
    assert folded[0]["pmid"] == "7"
    assert folded[0]["sources"] == ["s1", "s2"]
    assert folded[0]["sourceIds"] == ["s1:1", "s2:7", "s1:9"]
