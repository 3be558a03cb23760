"""OpenAlex works and authors (API responses and snapshot JSON Lines, plain or gzip) as import records.

Each record's entity is told by its id: `https://openalex.org/W...` is a work (a `PaperRec`),
`https://openalex.org/A...` an author (an `AuthorRec`); any other entity is skipped. A record with an
unexpected shape is skipped as `malformed record` and the file goes on.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from graphdb.importers.base import Parsed
from graphdb.importers.jsonfiles import (
    JsonItem,
    Malformed,
    json_float,
    json_int,
    json_list,
    json_obj,
    json_records,
    json_scalar,
    json_str,
    one_line,
    require_format,
)
from graphdb.importers.normalize import (
    arxiv,
    clean,
    doi,
    fold,
    institution_key,
    issn,
    name_key,
    openalex,
    orcid,
    pmid,
    researcher_id,
    ror,
    work_type,
)
from graphdb.records import (
    Affiliation,
    AuthorRec,
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

SOURCE = "openalex"
EXPECTED = "OpenAlex JSON (expected works or authors whose `id` is an openalex.org URL)"

_ENTITIES = {
    "I": "institution",
    "S": "source",
    "P": "publisher",
    "F": "funder",
    "T": "topic",
    "C": "concept",
}
_VENUE_KINDS = {
    "journal": "journal",
    "repository": "repository",
    "conference": "conference",
    "book series": "book-series",
    "ebook platform": "ebook-platform",
}
_HIERARCHY = (("domain", "domains"), ("field", "fields"), ("subfield", "subfields"))
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_PMCID = re.compile(r"(?:^|/)(?:PMC)?(\d+)/?$", re.IGNORECASE)
_ARXIV_URL = re.compile(r"arxiv\.org/(?:abs|pdf)/([^?#]+?)(?:\.pdf)?/?(?:[?#].*)?$", re.IGNORECASE)
_ARXIV_DOI = "10.48550/arxiv."
_RECORD_ERRORS = (KeyError, TypeError, ValueError, AttributeError, IndexError)


def parse(path: Path) -> Iterator[Parsed]:
    """Every work and author of an OpenAlex file; FormatError when the file is not OpenAlex JSON."""
    for item in require_format(path, json_records(path), looks_openalex, EXPECTED):
        yield parse_item(item)


def looks_openalex(record: dict[str, Any]) -> bool:
    """True for an OpenAlex entity record (an openalex.org id, or OpenAlex's own fields and no Crossref ones)."""
    rid = record.get("id")
    if isinstance(rid, str) and "openalex.org/" in rid.lower():
        return True
    if "DOI" in record or "message" in record:
        return False
    return any(key in record for key in ("display_name", "ids", "authorships", "abstract_inverted_index"))


def parse_item(item: JsonItem) -> Parsed:
    """One JSON object of an OpenAlex file (with where it was found) as a record, or why it was skipped."""
    if isinstance(item.value, Malformed):
        return Skipped(SOURCE, None, "malformed json", item.value.detail)
    return parse_record(item.value, item.at)


def parse_record(record: dict[str, Any], at: str = "record") -> Parsed:
    """One OpenAlex entity record as a PaperRec (work) or AuthorRec (author), or a Skipped."""
    raw_id = record.get("id")
    oid = openalex(raw_id) if isinstance(raw_id, str) else None
    if oid is None:
        if isinstance(raw_id, str) and "openalex.org/" in raw_id.lower():
            kind = raw_id.rstrip("/").rsplit("/", 2)[-2]
            return Skipped(SOURCE, raw_id, "unsupported entity", f"{at}: {kind}")
        return Skipped(SOURCE, None, "missing id", f"{at}: no OpenAlex `id`")
    try:
        if oid.startswith("W"):
            return _work(oid, record, at)
        if oid.startswith("A"):
            return _author(oid, record, at)
    except _RECORD_ERRORS as exc:
        return Skipped(SOURCE, oid, "malformed record", f"{at}: {type(exc).__name__}: {one_line(exc)}")
    return Skipped(SOURCE, oid, "unsupported entity", f"{at}: {_ENTITIES.get(oid[0], oid[0])}")


# --- works ---------------------------------------------------------------------------------------


def _work(oid: str, rec: dict[str, Any], at: str) -> PaperRec | Skipped:
    title = json_str(rec.get("title")) or json_str(rec.get("display_name"))
    if not title:
        return Skipped(SOURCE, oid, "missing title", at)
    ids = json_obj(rec.get("ids"), "ids")
    doi_ = doi(json_str(rec.get("doi"))) or doi(json_str(ids.get("doi")))
    publication_date = _iso_date(rec.get("publication_date"))
    year = json_int(rec.get("publication_year"))
    if year is None and publication_date:
        year = int(publication_date[:4])
    primary = json_obj(rec.get("primary_location"), "primary_location")
    return PaperRec(
        source=SOURCE,
        source_id=oid,
        title=title,
        year=year,
        publication_date=publication_date,
        type=work_type(json_str(rec.get("type"))),
        abstract=rebuild_abstract(rec.get("abstract_inverted_index")),
        language=json_str(rec.get("language")),
        doi=doi_,
        pmid=pmid(json_scalar(ids.get("pmid"))),
        pmcid=_pmcid(ids.get("pmcid")),
        arxiv_id=_arxiv_id(rec, doi_),
        openalex_id=oid,
        venue=_venue(primary),
        authors=_authorships(json_list(rec.get("authorships"), "authorships")),
        topics=_topics(rec),
        references=_references(json_list(rec.get("referenced_works"), "referenced_works")),
    )


def rebuild_abstract(index: object) -> str | None:
    """The abstract text from OpenAlex's `abstract_inverted_index` (word -> positions)."""
    if not index:
        return None
    if not isinstance(index, dict):
        raise TypeError("abstract_inverted_index is not an object")
    placed: dict[int, str] = {}
    for word, positions in index.items():
        for pos in json_list(positions, "abstract_inverted_index positions"):
            if isinstance(pos, int) and not isinstance(pos, bool):
                placed[pos] = word
            else:
                raise TypeError(f"abstract position {pos!r} is not an integer")
    return clean(" ".join(placed[pos] for pos in sorted(placed)))


def _arxiv_id(rec: dict[str, Any], doi_: str | None) -> str | None:
    locations = [
        rec.get("primary_location"),
        *json_list(rec.get("locations"), "locations"),
        rec.get("best_oa_location"),
    ]
    for loc in locations:
        if not isinstance(loc, dict):
            continue
        for key in ("landing_page_url", "pdf_url"):
            url = json_str(loc.get(key))
            m = _ARXIV_URL.search(url) if url else None
            found = arxiv(m.group(1)) if m else None
            if found:
                return found
    if doi_ and doi_.startswith(_ARXIV_DOI):
        return arxiv(doi_[len(_ARXIV_DOI) :])
    return None


def _venue(location: dict[str, Any]) -> VenueRec | None:
    src = json_obj(location.get("source"), "primary_location.source")
    if not src:
        return None
    name = json_str(src.get("display_name"))
    issn_ = issn(json_str(src.get("issn_l")))
    if issn_ is None:
        issn_ = next((i for i in map(issn, map(json_str, json_list(src.get("issn"), "issn"))) if i), None)
    oa = _oa_id(src.get("id"), "S")
    if issn_:
        vid = f"issn:{issn_}"
    elif oa:
        vid = f"openalex:{oa}"
    elif name:
        vid = f"name:{fold(name)}"
    else:
        return None
    kind_text = (json_str(src.get("type")) or "journal").lower()
    kind = _VENUE_KINDS.get(kind_text, kind_text.replace(" ", "-"))
    return VenueRec(id=vid, name=name or issn_ or oa or vid, kind=kind, issn=issn_, openalex_id=oa)


def _authorships(authorships: list[Any]) -> tuple[AuthorshipRec, ...]:
    out: list[AuthorshipRec] = []
    name_ids: set[str] = set()
    for index, authorship in enumerate(authorships):
        position = index + 1
        author = json_obj(authorship.get("author"), "authorship.author")
        name = json_str(author.get("display_name")) or json_str(authorship.get("raw_author_name"))
        if not name:
            continue
        researcher = researcher_rec(name, orcid(json_str(author.get("orcid"))), _oa_id(author.get("id"), "A"))
        if not researcher.identified:
            if researcher.id in name_ids:
                researcher = replace(researcher, id=f"{researcher.id}~{position}")
            name_ids.add(researcher.id)
        institutions: dict[str, InstitutionRec] = {}
        for inst in json_list(authorship.get("institutions"), "authorship.institutions"):
            rec = institution_rec(json_obj(inst, "institution"))
            if rec is not None:
                institutions.setdefault(rec.id, rec)
        out.append(
            AuthorshipRec(
                researcher=researcher,
                position=position,
                corresponding=bool(authorship.get("is_corresponding")),
                institutions=tuple(institutions.values()),
            )
        )
    return tuple(out)


def _topics(rec: dict[str, Any]) -> tuple[TopicLink, ...]:
    links: dict[str, TopicLink] = {}
    topics = json_list(rec.get("topics"), "topics")
    if topics:
        for t in topics:
            link = _topic(json_obj(t, "topic"))
            if link is not None:
                links.setdefault(link.topic.id, link)
    else:
        for c in json_list(rec.get("concepts"), "concepts"):
            concept = json_obj(c, "concept")
            cid = _oa_id(concept.get("id"), "C")
            name = json_str(concept.get("display_name"))
            if cid and name:
                links.setdefault(
                    f"openalex:{cid}",
                    TopicLink(TopicRec(f"openalex:{cid}", name, "concept"), json_float(concept.get("score"))),
                )
    for k in json_list(rec.get("keywords"), "keywords"):
        keyword = json_obj(k, "keyword") if not isinstance(k, str) else {"display_name": k}
        name = json_str(keyword.get("display_name")) or json_str(keyword.get("keyword"))
        key = fold(name) if name else ""
        if name and key:
            links.setdefault(
                f"keyword:{key}",
                TopicLink(TopicRec(f"keyword:{key}", name, "keyword"), json_float(keyword.get("score"))),
            )
    return tuple(links.values())


def _topic(t: dict[str, Any]) -> TopicLink | None:
    tid = _oa_id(t.get("id"), "T")
    name = json_str(t.get("display_name"))
    if not tid or not name:
        return None
    parent: TopicRec | None = None
    for level, plural in _HIERARCHY:
        node = json_obj(t.get(level), f"topic.{level}")
        node_name = json_str(node.get("display_name"))
        raw = node.get("id")
        tail = str(raw).rstrip("/").rsplit("/", 1)[-1] if isinstance(raw, str | int) and str(raw) else None
        key = tail or (fold(node_name) if node_name else None)
        if node_name and key:
            parent = TopicRec(f"openalex:{plural}/{key}", node_name, level, parent)
    return TopicLink(TopicRec(f"openalex:{tid}", name, "topic", parent), json_float(t.get("score")))


def _references(works: list[Any]) -> tuple[WorkRef, ...]:
    seen: dict[str, WorkRef] = {}
    for w in works:
        wid = _oa_id(w, "W")
        if wid:
            seen.setdefault(wid, WorkRef(openalex_id=wid))
    return tuple(seen.values())


# --- authors -------------------------------------------------------------------------------------


def _author(oid: str, rec: dict[str, Any], at: str) -> AuthorRec | Skipped:
    name = json_str(rec.get("display_name"))
    if not name:
        return Skipped(SOURCE, oid, "missing name", at)
    ids = json_obj(rec.get("ids"), "ids")
    orcid_ = orcid(json_str(rec.get("orcid"))) or orcid(json_str(ids.get("orcid")))
    spans: dict[str, tuple[InstitutionRec, int | None, int | None]] = {}
    for aff in json_list(rec.get("affiliations"), "affiliations"):
        aff = json_obj(aff, "affiliation")
        inst = institution_rec(json_obj(aff.get("institution"), "affiliation.institution"))
        if inst is None:
            continue
        years = [y for y in map(json_int, json_list(aff.get("years"), "affiliation.years")) if y is not None]
        start, end = (min(years), max(years)) if years else (None, None)
        if inst.id in spans:
            _, s0, e0 = spans[inst.id]
            start = min((y for y in (s0, start) if y is not None), default=None)
            end = max((y for y in (e0, end) if y is not None), default=None)
        spans[inst.id] = (inst, start, end)
    if not spans:
        last = rec.get("last_known_institutions")
        if last is None and rec.get("last_known_institution") is not None:
            last = [rec.get("last_known_institution")]
        for raw in json_list(last, "last_known_institutions"):
            inst = institution_rec(json_obj(raw, "last_known_institution"))
            if inst is not None:
                spans.setdefault(inst.id, (inst, None, None))
    return AuthorRec(
        source=SOURCE,
        source_id=oid,
        researcher=researcher_rec(name, orcid_, oid),
        affiliations=tuple(Affiliation(inst, start, end) for inst, start, end in spans.values()),
    )


# --- shared pieces -------------------------------------------------------------------------------


def researcher_rec(name: str, orcid_: str | None, openalex_: str | None) -> ResearcherRec:
    """A researcher from an OpenAlex display name: family is the last word, given names the rest."""
    words = name.split()
    family, given = words[-1], " ".join(words[:-1])
    return ResearcherRec(
        id=researcher_id(SOURCE, orcid_=orcid_, openalex_=openalex_, key=name_key(family, given)),
        name=name,
        family_key=fold(family),
        display_name=name,
        orcid=orcid_,
        openalex_id=openalex_,
    )


def institution_rec(inst: dict[str, Any]) -> InstitutionRec | None:
    """An OpenAlex institution object (`dehydrated` or full) as an InstitutionRec; None when it names nothing."""
    name = json_str(inst.get("display_name"))
    ror_ = ror(json_str(inst.get("ror")))
    oa = _oa_id(inst.get("id"), "I")
    if ror_:
        iid = f"ror:{ror_}"
    elif oa:
        iid = f"openalex:{oa}"
    elif name:
        iid = institution_key(name)
    else:
        return None
    country = json_str(inst.get("country_code"))
    return InstitutionRec(
        id=iid,
        name=name or ror_ or oa or iid,
        ror=ror_,
        openalex_id=oa,
        country=country.upper() if country else None,
        type=json_str(inst.get("type")),
    )


def _oa_id(value: object, prefix: str) -> str | None:
    """The bare OpenAlex id of the expected entity (`W`, `A`, `I`, `S`, `T`, `C`) from an id or URL."""
    oid = openalex(value) if isinstance(value, str) else None
    return oid if oid and oid.startswith(prefix) else None


def _iso_date(value: object) -> str | None:
    """`yyyy-mm-dd` when `value` is a valid full ISO date, else None."""
    if not isinstance(value, str) or not _ISO_DATE.match(value.strip()):
        return None
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        return None


def _pmcid(value: object) -> str | None:
    """`PMC1234567` from a bare PMCID, a number or a PMC article URL."""
    text = str(value).strip() if isinstance(value, str | int) and not isinstance(value, bool) else ""
    m = _PMCID.search(text)
    return f"PMC{m.group(1)}" if m and m.group(1) != "0" else None
