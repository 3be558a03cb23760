"""What an identifier given by a client names: the graph id itself, or a persistent id a record carries.

The graph's own ids are derived from the strongest persistent id (`graphdb.importers.normalize`), so a paper
stored as `doi:10.1/x` also carries its PMID and OpenAlex id as properties; a lookup may name any of them.
The same normalisers as the importers' read what a client gives (DOI case and resolver URLs, ORCID URLs,
`pmid:` prefixes), so a lookup finds exactly what an import would have merged.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import Enum
from typing import Final

from graphdb.importers import normalize


class IdKind(Enum):
    """A kind of identifier; its value is the node property that holds it."""

    GRAPH = "id"
    DOI = "doi"
    PMID = "pmid"
    ARXIV = "arxivId"
    OPENALEX = "openalexId"
    ORCID = "orcid"
    ROR = "ror"
    ISSN = "issn"


NAMES: Final[Mapping[IdKind, str]] = {
    IdKind.GRAPH: "a graph id",
    IdKind.DOI: "a DOI",
    IdKind.PMID: "a PubMed id",
    IdKind.ARXIV: "an arXiv id",
    IdKind.OPENALEX: "an OpenAlex id",
    IdKind.ORCID: "an ORCID iD (with a valid check digit)",
    IdKind.ROR: "a ROR id",
    IdKind.ISSN: "an ISSN",
}

# The identifiers each label's records carry, strongest first (the order a lookup prefers its matches in).
KINDS_BY_LABEL: Final[Mapping[str, tuple[IdKind, ...]]] = {
    "Researcher": (IdKind.GRAPH, IdKind.ORCID, IdKind.OPENALEX),
    "Paper": (IdKind.GRAPH, IdKind.DOI, IdKind.PMID, IdKind.ARXIV, IdKind.OPENALEX),
    "Venue": (IdKind.GRAPH, IdKind.ISSN, IdKind.OPENALEX),
    "Topic": (IdKind.GRAPH,),
    "Institution": (IdKind.GRAPH, IdKind.ROR, IdKind.OPENALEX),
}

_PREFIXES: Final[Mapping[str, IdKind]] = {
    "doi": IdKind.DOI,
    "pmid": IdKind.PMID,
    "arxiv": IdKind.ARXIV,
    "openalex": IdKind.OPENALEX,
    "orcid": IdKind.ORCID,
    "ror": IdKind.ROR,
    "issn": IdKind.ISSN,
}


def _pmid(text: str) -> str | None:
    return normalize.pmid(text.removeprefix("pmid:").strip())


def _issn(text: str) -> str | None:
    return normalize.issn(text.removeprefix("issn:").strip())


def _openalex(text: str) -> str | None:
    return normalize.openalex(text.removeprefix("openalex:").strip())


_READERS: Final[Mapping[IdKind, Callable[[str], str | None]]] = {
    IdKind.DOI: normalize.doi,
    IdKind.PMID: _pmid,
    IdKind.ARXIV: normalize.arxiv,
    IdKind.OPENALEX: _openalex,
    IdKind.ORCID: normalize.orcid,
    IdKind.ROR: normalize.ror,
    IdKind.ISSN: _issn,
}

# Resolver hosts that say what a URL's path is.
_HOSTS: Final[Mapping[str, IdKind]] = {
    "doi.org": IdKind.DOI,
    "dx.doi.org": IdKind.DOI,
    "orcid.org": IdKind.ORCID,
    "ror.org": IdKind.ROR,
    "openalex.org": IdKind.OPENALEX,
    "arxiv.org": IdKind.ARXIV,
    "pubmed.ncbi.nlm.nih.gov": IdKind.PMID,
}


def read_as(kind: IdKind, text: str) -> str | None:
    """The identifier in its stored form when `text` is one of this kind (bare, prefixed or as a URL); else None."""
    if kind is IdKind.GRAPH:
        return text.strip() or None
    return _READERS[kind](text.strip())


def named_kind(text: str) -> IdKind | None:
    """The kind a prefix (`doi:...`) or a resolver URL (`https://doi.org/...`) names, if any."""
    value = text.strip()
    lowered = value.lower()
    for scheme in ("https://", "http://"):
        if lowered.startswith(scheme):
            host = lowered[len(scheme) :].split("/", 1)[0].removeprefix("www.")
            return _HOSTS.get(host)
    prefix, sep, _ = lowered.partition(":")
    return _PREFIXES.get(prefix) if sep else None


def read_any(text: str, kinds: tuple[IdKind, ...]) -> dict[IdKind, str]:
    """Every identifier of these kinds that `text` may be: always the graph id as given; with a prefix or a
    resolver URL, the kind it names; a bare value, every kind it reads as (a bare DOI, ORCID, ISSN, ...)."""
    found: dict[IdKind, str] = {}
    if IdKind.GRAPH in kinds and text.strip():
        found[IdKind.GRAPH] = text.strip()
    named = named_kind(text)
    candidates = (named,) if named is not None else tuple(k for k in kinds if k is not IdKind.GRAPH)
    for kind in candidates:
        if kind in kinds:
            value = read_as(kind, text)
            if value is not None:
                found[kind] = value
    return found
