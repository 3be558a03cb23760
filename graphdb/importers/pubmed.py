"""PubMed/MEDLINE XML (`PubmedArticleSet`, gzipped or not) to import records, streamed with lxml.

Per article: PMID, title, abstract (labelled sections kept as `LABEL: text` paragraphs), journal (ISSN,
name), year and full publication date when given, DOI / PMC id, language, publication type, authors in
byline order with ORCID and affiliations, MeSH descriptors (`mesh:<UI>`, score 1.0 for a major topic,
0.5 otherwise) and keywords (`keyword:<folded>`) as topics, references with a PMID or DOI.

PubMed has no author ids: an author with an ORCID is `orcid:<ORCID>`; otherwise the name rule of
`normalize` applies (`pubmed:name:<family>_<given>`, a repeat on one byline gets `~<position>`). An
author whose affiliation carries an e-mail address is taken as the corresponding author (MEDLINE has no
flag for it). Collective (group) authors are not people and are left out of the byline.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from lxml import etree

from graphdb.importers import normalize
from graphdb.importers.base import FormatError, Parsed
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

SOURCE = "pubmed"
ROOT = "PubmedArticleSet"
RECORD_TAGS = ("PubmedArticle", "PubmedBookArticle", "DeleteCitation")
MONTHS = {
    m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)
}
TYPE_ORDER = (
    ("Preprint", "preprint"),
    ("Retracted Publication", "article"),
    ("Systematic Review", "review"),
    ("Meta-Analysis", "review"),
    ("Review", "review"),
    ("Editorial", "editorial"),
    ("Letter", "letter"),
    ("Comment", "comment"),
    ("Published Erratum", "erratum"),
    ("News", "news"),
    ("Dataset", "dataset"),
)


def open_maybe_gzip(path: Path) -> IO[bytes]:
    """The file's bytes, gunzipped when it starts with the gzip magic number (whatever its name)."""
    raw = path.open("rb")
    magic = raw.read(2)
    raw.seek(0)
    if magic == b"\x1f\x8b":
        return gzip.GzipFile(fileobj=raw)  # type: ignore[return-value]
    return raw


def parse(path: Path) -> Iterator[Parsed]:
    """Every article of a PubMed XML file as a PaperRec (or Skipped with a reason)."""
    try:
        stream = open_maybe_gzip(path)
    except OSError as err:
        raise FormatError(f"{path}: cannot read: {err.strerror or err}") from None
    yielded = 0
    with stream:
        context = etree.iterparse(stream, events=("end",), tag=RECORD_TAGS, huge_tree=True, resolve_entities=False)
        try:
            for _, el in context:
                if yielded == 0 and context.root is not None and etree.QName(context.root).localname != ROOT:
                    raise FormatError(f"{path}: not PubMed XML (root element <{context.root.tag}>, expected <{ROOT}>)")
                yielded += 1
                yield _record(el)
                el.clear()
                parent = el.getparent()
                while parent is not None and el.getprevious() is not None:
                    del parent[0]
        except (etree.XMLSyntaxError, EOFError, OSError) as err:
            if yielded == 0:
                raise FormatError(f"{path}: not PubMed XML ({_first_line(err)})") from None
            yield Skipped(SOURCE, None, "malformed xml: rest of file unreadable", f"{path}: {_first_line(err)}")
            return
        root = context.root
        if yielded == 0 and (root is None or etree.QName(root).localname != ROOT):
            tag = "none" if root is None else f"<{root.tag}>"
            raise FormatError(f"{path}: not PubMed XML (root element {tag}, expected <{ROOT}>)")


def _first_line(err: BaseException) -> str:
    return str(err).splitlines()[0] if str(err) else type(err).__name__


def _record(el: etree._Element) -> Parsed:
    if el.tag == "DeleteCitation":
        return Skipped(SOURCE, ",".join(p.text or "" for p in el.findall("PMID")), "deletion notice")
    if el.tag == "PubmedBookArticle":
        return Skipped(SOURCE, el.findtext("BookDocument/PMID"), "book records are not imported")
    pmid = normalize.pmid(el.findtext("MedlineCitation/PMID"))
    if pmid is None:
        return Skipped(SOURCE, None, "missing pmid")
    try:
        return _article(el, pmid)
    except (ValueError, TypeError, AttributeError, IndexError) as err:
        return Skipped(SOURCE, pmid, "malformed record", f"{type(err).__name__}: {err}")


def _text(el: etree._Element | None) -> str | None:
    if el is None:
        return None
    return normalize.clean("".join(str(t) for t in el.itertext()))


def _article(el: etree._Element, pmid: str) -> Parsed:
    cit = el.find("MedlineCitation")
    art = cit.find("Article") if cit is not None else None
    if cit is None or art is None:
        return Skipped(SOURCE, pmid, "missing article")
    title = _text(art.find("ArticleTitle")) or _text(art.find("VernacularTitle"))
    if not title:
        return Skipped(SOURCE, pmid, "missing title")
    title = title.removeprefix("[").removesuffix("].") if title.startswith("[") and title.endswith("].") else title

    ids = {a.get("IdType"): normalize.clean(a.text) for a in el.iterfind("PubmedData/ArticleIdList/ArticleId")}
    doi = normalize.doi(ids.get("doi"))
    if doi is None:
        doi = normalize.doi(art.findtext("ELocationID[@EIdType='doi']"))
    year, date = _dates(art)
    return PaperRec(
        source=SOURCE,
        source_id=pmid,
        title=title,
        year=year,
        publication_date=date,
        type=_type(art),
        abstract=_abstract(art),
        language=normalize.clean(art.findtext("Language")),
        doi=doi,
        pmid=pmid,
        pmcid=ids.get("pmc"),
        venue=_venue(art, cit),
        authors=_authors(art),
        topics=_topics(cit),
        references=_references(el),
    )


def _dates(art: etree._Element) -> tuple[int | None, str | None]:
    pub = art.find("Journal/JournalIssue/PubDate")
    year: int | None = None
    date: str | None = None
    electronic = art.find("ArticleDate")
    if pub is not None:
        y = pub.findtext("Year") or (pub.findtext("MedlineDate") or "")[:4]
        year = int(y) if y.isdigit() else None
        date = _full_date(pub.findtext("Year"), pub.findtext("Month"), pub.findtext("Day"))
    if electronic is not None:
        e_date = _full_date(electronic.findtext("Year"), electronic.findtext("Month"), electronic.findtext("Day"))
        date = date or e_date
        if year is None and e_date:
            year = int(e_date[:4])
    return year, date


def _full_date(year: str | None, month: str | None, day: str | None) -> str | None:
    if not (year and month and day and year.isdigit() and day.isdigit()):
        return None
    m = int(month) if month.isdigit() else MONTHS.get(month[:3].lower(), 0)
    if not 1 <= m <= 12 or not 1 <= int(day) <= 31:
        return None
    return f"{int(year):04d}-{m:02d}-{int(day):02d}"


def _type(art: etree._Element) -> str:
    types = {t.text for t in art.iterfind("PublicationTypeList/PublicationType")}
    return next((kind for name, kind in TYPE_ORDER if name in types), "article")


def _abstract(art: etree._Element) -> str | None:
    parts = []
    for node in art.iterfind("Abstract/AbstractText"):
        text = _text(node)
        if not text:
            continue
        label = node.get("Label")
        parts.append(f"{label}: {text}" if label and label.upper() != "UNLABELLED" else text)
    return "\n".join(parts) or None


def _venue(art: etree._Element, cit: etree._Element) -> VenueRec | None:
    journal = art.find("Journal")
    if journal is None:
        return None
    name = normalize.clean(journal.findtext("Title")) or normalize.clean(journal.findtext("ISOAbbreviation"))
    linking = normalize.issn(cit.findtext("MedlineJournalInfo/ISSNLinking"))
    issn = linking or normalize.issn(journal.findtext("ISSN"))
    if not name:
        name = normalize.clean(cit.findtext("MedlineJournalInfo/MedlineTA"))
    if not name:
        return None
    vid = f"issn:{issn}" if issn else f"name:{normalize.fold(name)}"
    return VenueRec(id=vid, name=name, kind="journal", issn=issn)


def _authors(art: etree._Element) -> tuple[AuthorshipRec, ...]:
    out: list[AuthorshipRec] = []
    keys: set[str] = set()
    position = 0
    for author in art.iterfind("AuthorList/Author"):
        if author.get("ValidYN") == "N":
            continue
        family = normalize.clean(author.findtext("LastName"))
        given = normalize.clean(author.findtext("ForeName")) or normalize.clean(author.findtext("Initials"))
        if not family:
            continue  # a collective (group) name, not a person
        position += 1
        orcid = None
        for ident in author.iterfind("Identifier"):
            if (ident.get("Source") or "").upper() == "ORCID":
                orcid = normalize.orcid(ident.text)
        key = normalize.name_key(family, given)
        if not orcid:
            if key in keys:
                key = f"{key}~{position}"
            keys.add(key)
        name = normalize.full_name(family, given) or family
        institutions, corresponding = _affiliations(author)
        researcher = ResearcherRec(
            id=normalize.researcher_id(SOURCE, orcid_=orcid, openalex_=None, key=key),
            name=name,
            family_key=normalize.fold(family),
            display_name=name,
            orcid=orcid,
        )
        out.append(AuthorshipRec(researcher, position, corresponding, institutions))
    return tuple(out)


def _affiliations(author: etree._Element) -> tuple[tuple[InstitutionRec, ...], bool]:
    found: dict[str, InstitutionRec] = {}
    corresponding = False
    for info in author.iterfind("AffiliationInfo"):
        raw = info.findtext("Affiliation") or ""
        if "@" in raw:
            corresponding = True
        name, country = normalize.institution_name(raw)
        if not name:
            continue
        ror = None
        for ident in info.iterfind("Identifier"):
            if (ident.get("Source") or "").upper() == "ROR":
                ror = normalize.ror(ident.text)
        iid = f"ror:{ror}" if ror else normalize.institution_key(name)
        found.setdefault(iid, InstitutionRec(id=iid, name=name, ror=ror, country=country))
    return tuple(found.values()), corresponding


def _topics(cit: etree._Element) -> tuple[TopicLink, ...]:
    links: dict[str, TopicLink] = {}
    for heading in cit.iterfind("MeshHeadingList/MeshHeading"):
        desc = heading.find("DescriptorName")
        if desc is None or not desc.get("UI"):
            continue
        name = _text(desc)
        if not name:
            continue
        tid = f"mesh:{desc.get('UI')}"
        score = 1.0 if desc.get("MajorTopicYN") == "Y" else 0.5
        links.setdefault(tid, TopicLink(TopicRec(id=tid, name=name, level="mesh"), score))
    for kw in cit.iterfind("KeywordList/Keyword"):
        name = _text(kw)
        key = normalize.fold(name) if name else ""
        if not name or not key or len(key) > 120:
            continue
        tid = f"keyword:{key}"
        links.setdefault(tid, TopicLink(TopicRec(id=tid, name=name, level="keyword"), None))
    return tuple(links.values())


def _references(el: etree._Element) -> tuple[WorkRef, ...]:
    refs: list[WorkRef] = []
    seen: set[tuple[str | None, str | None]] = set()
    for ref in el.iterfind("PubmedData/ReferenceList/Reference"):
        ids = {a.get("IdType"): a.text for a in ref.iterfind("ArticleIdList/ArticleId")}
        work = WorkRef(doi=normalize.doi(ids.get("doi")), pmid=normalize.pmid(ids.get("pubmed")))
        if work.empty or (work.doi, work.pmid) in seen:
            continue
        seen.add((work.doi, work.pmid))
        refs.append(work)
    return tuple(refs)
