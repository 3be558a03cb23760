"""The reference's reading of the identifiers a client gives, written from the SDL's argument descriptions
with plain string operations (no code shared with `graphdb.identifiers` or the importers' normalisers).

An identifier is tried as the graph id as given, then, when a prefix (`doi:`) or a resolver URL names its
kind, as that kind; a bare value as every kind it can be.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

URLS: Final = {
    "doi": ("https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/"),
    "orcid": ("https://orcid.org/", "http://orcid.org/"),
    "ror": ("https://ror.org/", "http://ror.org/"),
    "openalex": ("https://openalex.org/", "http://openalex.org/"),
    "arxiv": ("https://arxiv.org/abs/", "http://arxiv.org/abs/"),
    "pmid": ("https://pubmed.ncbi.nlm.nih.gov/",),
}
# The node property each kind is stored in.
PROPERTY: Final = {
    "doi": "doi",
    "pmid": "pmid",
    "arxiv": "arxivId",
    "openalex": "openalexId",
    "orcid": "orcid",
    "ror": "ror",
    "issn": "issn",
}
CARRIED: Final = {
    "Researcher": ("orcid", "openalex"),
    "Paper": ("doi", "pmid", "arxiv", "openalex"),
    "Venue": ("issn", "openalex"),
    "Topic": (),
    "Institution": ("ror", "openalex"),
}


def _doi(text: str) -> str | None:
    value = text.lower()
    return value if value.startswith("10.") and "/" in value and " " not in value else None


def _pmid(text: str) -> str | None:
    value = text.strip("/")
    return value if value.isdigit() and int(value) > 0 else None


def _arxiv(text: str) -> str | None:
    value = text.lower()
    if "v" in value.rsplit(".", 1)[-1]:
        head, _, version = value.rpartition("v")
        if version.isdigit():
            value = head
    new_style = len(value.split(".")) == 2 and all(part.isdigit() for part in value.split("."))
    old_style = "/" in value and value.split("/")[-1].isdigit()
    return value if new_style or old_style else None


def _openalex(text: str) -> str | None:
    value = text.upper()
    return value if len(value) > 1 and value[0] in "WASITPCF" and value[1:].isdigit() else None


def _orcid(text: str) -> str | None:
    digits = text.replace("-", "").upper()
    if len(digits) != 16 or not digits[:15].isdigit() or digits[15] not in "0123456789X":
        return None
    total = 0
    for ch in digits[:15]:
        total = (total + int(ch)) * 2
    check = (12 - total % 11) % 11
    if digits[15] != ("X" if check == 10 else str(check)):
        return None
    return "-".join(digits[i : i + 4] for i in range(0, 16, 4))


def _ror(text: str) -> str | None:
    value = text.lower()
    return value if len(value) == 9 and value[0] == "0" and value[-2:].isdigit() and value.isalnum() else None


def _issn(text: str) -> str | None:
    digits = text.replace("-", "").upper()
    if len(digits) != 8 or not digits[:7].isdigit() or digits[7] not in "0123456789X":
        return None
    return f"{digits[:4]}-{digits[4:]}"


READ: Final[dict[str, Callable[[str], str | None]]] = {
    "doi": _doi,
    "pmid": _pmid,
    "arxiv": _arxiv,
    "openalex": _openalex,
    "orcid": _orcid,
    "ror": _ror,
    "issn": _issn,
}


def _strip(kind: str, text: str) -> str:
    lowered = text.lower()
    for start in (*URLS.get(kind, ()), f"{kind}:"):
        if lowered.startswith(start):
            return text[len(start) :]
    return text


def named(text: str) -> str | None:
    """The kind a prefix or a resolver URL names."""
    lowered = text.lower()
    for kind in READ:
        if lowered.startswith(f"{kind}:") or any(lowered.startswith(url) for url in URLS.get(kind, ())):
            return kind
    return None


def read(kind: str, text: str) -> str | None:
    """The stored form of `text` as an identifier of this kind, or None."""
    return READ[kind](_strip(kind, text.strip()))


def candidates(text: str, kinds: tuple[str, ...]) -> dict[str, str]:
    """Property -> value for every way the `id` argument's text may name a record carrying these kinds."""
    found = {"id": text}
    kind = named(text)
    for k in (kind,) if kind is not None else kinds:
        if k in kinds:
            value = read(k, text)
            if value is not None:
                found[PROPERTY[k]] = value
    return found
