"""Typed records passed to write statements: frozen, slotted dataclasses with their row form."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class ResearcherRecord:
    """An author record as written to a `:Researcher` node."""

    id: str
    name: str
    display_name: str | None = None
    bio: str | None = None
    orcid: str | None = None
    open_to_collaborate: bool = False


@dataclass(frozen=True, slots=True)
class VenueRecord:
    """A journal, repository or conference as written to a `:Venue` node."""

    id: str
    name: str
    kind: str


@dataclass(frozen=True, slots=True)
class AuthorshipRecord:
    """One author's place on a paper: the `AUTHORED {position, corresponding}` edge."""

    researcher: ResearcherRecord
    position: int
    corresponding: bool = False


@dataclass(frozen=True, slots=True)
class PaperRecord:
    """A work with its venue and authors in byline order."""

    id: str
    title: str
    year: int
    type: str
    venue: VenueRecord
    abstract: str | None = None
    doi: str | None = None
    authors: tuple[AuthorshipRecord, ...] = field(default_factory=tuple)

    def to_row(self) -> dict[str, Any]:
        """The `$rows` element that `sample/load_papers` takes."""
        return {
            "paper": {
                "id": self.id,
                "title": self.title,
                "abstract": self.abstract,
                "year": self.year,
                "type": self.type,
                "doi": self.doi,
            },
            "venue": asdict(self.venue),
            "authors": [
                {
                    "id": a.researcher.id,
                    "name": a.researcher.name,
                    "displayName": a.researcher.display_name,
                    "bio": a.researcher.bio,
                    "orcid": a.researcher.orcid,
                    "openToCollaborate": a.researcher.open_to_collaborate,
                    "position": a.position,
                    "corresponding": a.corresponding,
                }
                for a in self.authors
            ],
        }
