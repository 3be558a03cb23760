"""Typed import records: what every importer (PubMed, Crossref, OpenAlex, synthetic) yields.

Parsers turn a source's format into these frozen, slotted dataclasses; `graphdb.importers.writer`
resolves them against the graph (persistent ids first) and writes them in batched transactions.
Every record names its `source` ("pubmed", "crossref", "openalex", "synthetic", ...) and the id the
source gives it (`source_id`), which becomes the provenance of the nodes and edges written from it.

Identity keys are normalised by `graphdb.importers.normalize` before they reach a record: DOIs are
lower-case without a resolver prefix, ORCIDs are bare `0000-0000-0000-000X`, ROR ids are bare
`0abc12345`, OpenAlex ids are bare `W123` / `A123` / `I123` / `S123` / `T123`.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class VenueRec:
    """A journal, repository or conference. Matched on ISSN, then OpenAlex id, then `id`."""

    id: str
    name: str
    kind: str = "journal"
    issn: str | None = None
    openalex_id: str | None = None


@dataclass(frozen=True, slots=True)
class InstitutionRec:
    """An institution. Matched on ROR, then OpenAlex id, then `id` (a normalised-name key)."""

    id: str
    name: str
    ror: str | None = None
    openalex_id: str | None = None
    country: str | None = None
    type: str | None = None


@dataclass(frozen=True, slots=True)
class TopicRec:
    """A topic, keyword or MeSH heading, with its parent one level up (domain > field > subfield > topic)."""

    id: str
    name: str
    level: str
    parent: TopicRec | None = None


@dataclass(frozen=True, slots=True)
class ResearcherRec:
    """An author as a source names them.

    `id` is the record's own key: `orcid:<ORCID>` when it has one, else `openalex:<A id>`, else a
    per-source name key (`pubmed:name:<family>_<given>`). `family_key` is the normalised family name,
    used to recognise the same byline slot of a paper seen in another source.
    """

    id: str
    name: str
    family_key: str
    display_name: str | None = None
    orcid: str | None = None
    openalex_id: str | None = None

    @property
    def identified(self) -> bool:
        """True when a persistent id (ORCID or OpenAlex) says who this is, not only a name."""
        return self.orcid is not None or self.openalex_id is not None


@dataclass(frozen=True, slots=True)
class AuthorshipRec:
    """One author's place on a paper: 1-based byline position, corresponding flag, affiliations there."""

    researcher: ResearcherRec
    position: int
    corresponding: bool = False
    institutions: tuple[InstitutionRec, ...] = ()


@dataclass(frozen=True, slots=True)
class TopicLink:
    """A paper's topic with the source's score for it (None when the source gives none)."""

    topic: TopicRec
    score: float | None = None


@dataclass(frozen=True, slots=True)
class WorkRef:
    """A cited work, known only by its ids (it becomes a stub paper until its own record arrives)."""

    doi: str | None = None
    pmid: str | None = None
    openalex_id: str | None = None
    arxiv_id: str | None = None

    @property
    def empty(self) -> bool:
        return not (self.doi or self.pmid or self.openalex_id or self.arxiv_id)


@dataclass(frozen=True, slots=True)
class PaperRec:
    """A work with everything a source says about it."""

    source: str
    source_id: str
    title: str
    year: int | None = None
    publication_date: str | None = None  # ISO yyyy-mm-dd, only when the source gives a full date
    type: str = "article"
    abstract: str | None = None
    language: str | None = None
    doi: str | None = None
    pmid: str | None = None
    pmcid: str | None = None
    arxiv_id: str | None = None
    openalex_id: str | None = None
    venue: VenueRec | None = None
    authors: tuple[AuthorshipRec, ...] = ()
    topics: tuple[TopicLink, ...] = ()
    references: tuple[WorkRef, ...] = ()
    local_id: str | None = None  # the key used when the work has no persistent id at all

    @property
    def ref(self) -> WorkRef:
        """The work's own ids, in the same form as a citation of it."""
        return WorkRef(doi=self.doi, pmid=self.pmid, openalex_id=self.openalex_id, arxiv_id=self.arxiv_id)


@dataclass(frozen=True, slots=True)
class Affiliation:
    """A researcher's affiliation over years (either end may be unknown)."""

    institution: InstitutionRec
    start_year: int | None = None
    end_year: int | None = None


@dataclass(frozen=True, slots=True)
class AuthorRec:
    """An author entity record (OpenAlex authors): the researcher and their affiliation history."""

    source: str
    source_id: str
    researcher: ResearcherRec
    affiliations: tuple[Affiliation, ...] = ()


@dataclass(frozen=True, slots=True)
class Skipped:
    """A record the parser could not use, and why (the reason is a short stable phrase)."""

    source: str
    source_id: str | None
    reason: str
    detail: str = ""


@dataclass(slots=True)
class Batch:
    """Records written together in one transaction."""

    papers: list[PaperRec] = field(default_factory=list)
    authors: list[AuthorRec] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.papers) + len(self.authors)
