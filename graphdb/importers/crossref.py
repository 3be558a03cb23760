"""Crossref REST API work records (plain or gzip) as import records.

A file may hold a full API response (`{"status": "ok", "message-type": "work", "message": {...}}`),
a list response (`"message-type": "work-list"`, `message.items`), a bare work (the `message`), a JSON
array of any of these, or JSON Lines of them. A record with an unexpected shape is skipped as
`malformed record` and the file goes on.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from lxml import etree

from graphdb.importers.base import Parsed
from graphdb.importers.jsonfiles import (
    JsonItem,
    Malformed,
    json_int,
    json_list,
    json_obj,
    json_records,
    json_str,
    one_line,
    require_format,
)
from graphdb.importers.normalize import (
    clean,
    doi,
    fold,
    full_name,
    institution_key,
    issn,
    name_key,
    orcid,
    researcher_id,
    ror,
    work_type,
)
from graphdb.records import (
    AuthorshipRec,
    InstitutionRec,
    PaperRec,
    ResearcherRec,
    Skipped,
    TopicLink,
    TopicRec,
    VenueRec,
    WorkRef,
)

SOURCE = "crossref"
EXPECTED = "Crossref JSON (expected REST API work records with a `DOI`, or API responses with a `message`)"

_CROSSREF_KEYS = (
    "DOI",
    "container-title",
    "is-referenced-by-count",
    "reference-count",
    "published-print",
    "published-online",
    "issued",
    "deposited",
)
_DATE_FIELDS = ("published", "published-print", "published-online", "issued")
_VENUE_KINDS = {"journal-article": "journal", "posted-content": "repository", "proceedings-article": "conference"}
_TAG = re.compile(r"<[A-Za-z/!?][^>]*>")
_BLOCK = frozenset({"p", "title", "sec", "list", "list-item", "def-list", "table", "tr", "td", "th", "label", "br"})
_WRAPPER = (
    b'<abstract xmlns:jats="http://www.ncbi.nlm.nih.gov/JATS1" xmlns:mml="http://www.w3.org/1998/Math/MathML"'
    b' xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
)
_RECORD_ERRORS = (KeyError, TypeError, ValueError, AttributeError, IndexError)


def parse(path: Path) -> Iterator[Parsed]:
    """Every work of a Crossref file; FormatError when the file is not Crossref JSON."""
    for item in require_format(path, json_records(path), looks_crossref, EXPECTED):
        yield from parse_item(item)


def looks_crossref(record: dict[str, Any]) -> bool:
    """True for a Crossref API response or a Crossref work record (and not an OpenAlex record)."""
    rid = record.get("id")
    if isinstance(rid, str) and "openalex.org/" in rid.lower():
        return False
    if "message-type" in record and "message" in record:
        return True
    return any(key in record for key in _CROSSREF_KEYS)


def parse_item(item: JsonItem) -> Iterator[Parsed]:
    """The works of one JSON object of a Crossref file (a response may hold many), or why they were skipped."""
    if isinstance(item.value, Malformed):
        yield Skipped(SOURCE, None, "malformed json", item.value.detail)
        return
    record, at = item.value, item.at
    if "message" not in record:
        yield parse_work(record, at)
        return
    kind = record.get("message-type")
    message = record.get("message")
    if kind == "work" and isinstance(message, dict):
        yield parse_work(message, at)
    elif kind in ("work-list", None) and isinstance(message, dict) and isinstance(message.get("items"), list):
        for i, work in enumerate(message["items"], 1):
            where = f"item {i}" if at == "document" else f"{at} item {i}"
            if isinstance(work, dict):
                yield parse_work(work, where)
            else:
                yield Skipped(SOURCE, None, "malformed record", f"{where}: not a JSON object")
    elif kind is None and isinstance(message, dict):
        yield parse_work(message, at)
    else:
        yield Skipped(SOURCE, None, "unsupported message type", f"{at}: {one_line(kind)}")


def parse_work(work: dict[str, Any], at: str = "record") -> PaperRec | Skipped:
    """One Crossref work (an API `message`) as a PaperRec, or a Skipped saying why not."""
    doi_ = doi(json_str(work.get("DOI")))
    try:
        if doi_ is None:
            return Skipped(SOURCE, None, "missing DOI", f"{at}: {_first(work.get('title'), 'title') or 'untitled'}")
        title = strip_markup(_first(work.get("title"), "title"))
        if not title:
            return Skipped(SOURCE, doi_, "missing title", at)
        year, publication_date = _dates(work)
        cr_type = json_str(work.get("type"))
        return PaperRec(
            source=SOURCE,
            source_id=doi_,
            title=title,
            year=year,
            publication_date=publication_date,
            type=work_type(cr_type),
            abstract=jats_text(json_str(work.get("abstract"))),
            language=json_str(work.get("language")),
            doi=doi_,
            venue=_venue(work, cr_type),
            authors=_authors(json_list(work.get("author"), "author")),
            topics=_subjects(json_list(work.get("subject"), "subject")),
            references=_references(json_list(work.get("reference"), "reference")),
        )
    except _RECORD_ERRORS as exc:
        return Skipped(SOURCE, doi_, "malformed record", f"{at}: {type(exc).__name__}: {one_line(exc)}")


# --- text ----------------------------------------------------------------------------------------


def jats_text(markup: str | None) -> str | None:
    """The text of a JATS (or HTML-ish) fragment: tags stripped, blocks spaced, whitespace collapsed.

    A heading that only says "Abstract" is dropped.
    """
    if not markup:
        return None
    if not _TAG.search(markup):
        return clean(markup)
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(_WRAPPER + markup.encode("utf-8") + b"</abstract>", parser)
    except (etree.XMLSyntaxError, ValueError):
        root = None
    if root is None:
        return clean(_TAG.sub(" ", markup))
    out: list[str] = []
    _collect(root, out)
    return clean("".join(out))


def strip_markup(text: str | None) -> str | None:
    """A title without inline markup (`<i>`, `<sub>`, `<jats:italic>`...), whitespace collapsed."""
    if not text or not _TAG.search(text):
        return clean(text)
    return jats_text(text)


def _collect(el: etree._Element, out: list[str]) -> None:
    tag = el.tag if isinstance(el.tag, str) else ""  # comments and processing instructions have no text
    local = etree.QName(el).localname.lower() if tag else ""
    if local == "title" and fold("".join(str(t) for t in el.itertext())) == "abstract":
        return
    block = local in _BLOCK
    if block:
        out.append(" ")
    if tag and el.text:
        out.append(el.text)
    for child in el:
        _collect(child, out)
        if child.tail:
            out.append(child.tail)
    if block:
        out.append(" ")


# --- parts of a work -----------------------------------------------------------------------------


def _first(value: object, what: str) -> str | None:
    """The first non-empty string of a Crossref list field (or the field itself when it is a string)."""
    if isinstance(value, str):
        return clean(value)
    return next((s for s in map(json_str, json_list(value, what)) if s), None)


def _date_parts(value: object, what: str) -> tuple[int, int | None, int | None] | None:
    parts = json_list(json_obj(value, what).get("date-parts"), f"{what}.date-parts")
    first = json_list(parts[0], f"{what}.date-parts[0]") if parts else []
    nums = [json_int(p) for p in first[:3]]
    if not nums or nums[0] is None:
        return None
    month = nums[1] if len(nums) > 1 else None
    day = nums[2] if len(nums) > 2 and month is not None else None
    return nums[0], month, day


def _full_date(parts: tuple[int, int | None, int | None]) -> str | None:
    year, month, day = parts
    if month is None or day is None:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _dates(work: dict[str, Any]) -> tuple[int | None, str | None]:
    """The year from the first of published / published-print / published-online / issued that has one, and
    the full date of that field, else of another field in the same year."""
    found = [p for p in (_date_parts(work.get(f), f) for f in _DATE_FIELDS) if p is not None]
    if not found:
        return None, None
    year = found[0][0]
    full = (_full_date(p) for p in found if p[0] == year)
    return year, next((d for d in full if d), None)


def _venue(work: dict[str, Any], cr_type: str | None) -> VenueRec | None:
    name = strip_markup(_first(work.get("container-title"), "container-title"))
    kind = _VENUE_KINDS.get((cr_type or "").lower(), "journal")
    if not name and kind == "repository":  # preprint servers name themselves in `institution`
        servers = json_list(work.get("institution"), "institution")
        name = next((json_str(json_obj(s, "institution").get("name")) for s in servers), None)
    typed = {
        json_str(t.get("type")): issn(json_str(t.get("value")))
        for t in (json_obj(x, "issn-type") for x in json_list(work.get("issn-type"), "issn-type"))
    }
    listed = [i for i in map(issn, map(json_str, json_list(work.get("ISSN"), "ISSN"))) if i]
    issn_ = typed.get("print") or typed.get("electronic") or (listed[0] if listed else None)
    if issn_:
        return VenueRec(id=f"issn:{issn_}", name=name or issn_, kind=kind, issn=issn_)
    if name and fold(name):
        return VenueRec(id=f"name:{fold(name)}", name=name, kind=kind)
    return None


def _authors(authors: list[Any]) -> tuple[AuthorshipRec, ...]:
    """The people of the byline, in order; organisations (only a `name`) are left out and not counted."""
    out: list[AuthorshipRec] = []
    name_ids: set[str] = set()
    for raw in authors:
        author = json_obj(raw, "author")
        family = json_str(author.get("family"))
        given = json_str(author.get("given"))
        if not family:
            family, given = given, None
        if not family:
            continue  # an organisation, or nobody
        position = len(out) + 1
        orcid_ = orcid(json_str(author.get("ORCID")))
        researcher = ResearcherRec(
            id=researcher_id(SOURCE, orcid_=orcid_, openalex_=None, key=name_key(family, given)),
            name=full_name(family, given) or family,
            family_key=fold(family),
            orcid=orcid_,
        )
        if not researcher.identified:
            if researcher.id in name_ids:
                researcher = replace(researcher, id=f"{researcher.id}~{position}")
            name_ids.add(researcher.id)
        out.append(
            AuthorshipRec(
                researcher=researcher,
                position=position,
                corresponding=author.get("corresponding") is True,
                institutions=_affiliations(json_list(author.get("affiliation"), "author.affiliation")),
            )
        )
    return tuple(out)


def _affiliations(affiliations: list[Any]) -> tuple[InstitutionRec, ...]:
    found: dict[str, InstitutionRec] = {}
    for raw in affiliations:
        aff = json_obj(raw, "affiliation")
        name = json_str(aff.get("name"))
        ror_ = None
        for ident in json_list(aff.get("id"), "affiliation.id"):
            ident = json_obj(ident, "affiliation.id")
            if (json_str(ident.get("id-type")) or "").upper() == "ROR":
                ror_ = ror(json_str(ident.get("id")))
                if ror_:
                    break
        if ror_:
            inst = InstitutionRec(id=f"ror:{ror_}", name=name or ror_, ror=ror_)
        elif name and fold(name):
            inst = InstitutionRec(id=institution_key(name), name=name)
        else:
            continue
        found.setdefault(inst.id, inst)
    return tuple(found.values())


def _subjects(subjects: list[Any]) -> tuple[TopicLink, ...]:
    found: dict[str, TopicLink] = {}
    for subject in map(json_str, subjects):
        key = fold(subject) if subject else ""
        if subject and key:
            found.setdefault(key, TopicLink(TopicRec(id=f"keyword:{key}", name=subject, level="keyword")))
    return tuple(found.values())


def _references(references: list[Any]) -> tuple[WorkRef, ...]:
    found: dict[str, WorkRef] = {}
    for raw in references:
        ref_doi = doi(json_str(json_obj(raw, "reference").get("DOI")))
        if ref_doi:
            found.setdefault(ref_doi, WorkRef(doi=ref_doi))
    return tuple(found.values())
