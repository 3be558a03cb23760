"""The test graph: small, readable, and known in Python so tests can compute expected answers."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from graphdb import queries
from graphdb.order_keys import rank_params
from graphdb.runner import Runner


@dataclass(frozen=True, slots=True)
class ResearcherRecord:
    """A test author as written to a `:Researcher` node."""

    id: str
    name: str
    display_name: str | None = None
    bio: str | None = None
    orcid: str | None = None
    open_to_collaborate: bool = False


@dataclass(frozen=True, slots=True)
class VenueRecord:
    """A test venue as written to a `:Venue` node."""

    id: str
    name: str
    kind: str


@dataclass(frozen=True, slots=True)
class AuthorshipRecord:
    """One test author's place on a paper: the `AUTHORED {position, corresponding}` edge."""

    researcher: ResearcherRecord
    position: int
    corresponding: bool = False


@dataclass(frozen=True, slots=True)
class PaperRecord:
    """A test work with its venue and authors in byline order (loaded by `testing/load_papers`)."""

    id: str
    title: str
    year: int
    type: str
    venue: VenueRecord
    abstract: str | None = None
    doi: str | None = None
    authors: tuple[AuthorshipRecord, ...] = field(default_factory=tuple)

    def to_row(self) -> dict[str, Any]:
        """The `$rows` element that `testing/load_papers` takes."""
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


async def load(runner: Runner, records: list[PaperRecord], batch_size: int = 500) -> None:
    """Write the fixture papers in batches through `testing/load_papers` (idempotent), with the edges' order
    keys as the importer keeps them."""
    for start in range(0, len(records), batch_size):
        chunk = records[start : start + batch_size]
        await runner.write("testing/load_papers", {"rows": [p.to_row() for p in chunk]})
        await runner.write(queries.IMPORT_RANK_PAPERS, rank_params([p.id for p in chunk]))


ARXIV = VenueRecord(id="t-v-arxiv", name="arXiv", kind="repository")
JOURNAL = VenueRecord(id="t-v-journal", name="Journal of Tests", kind="journal")

SOLO = ResearcherRecord(
    id="t-r-solo",
    name="Solo Author",
    display_name="S. Author",
    bio="One paper.",
    orcid="0000-0001-0000-0001",
    open_to_collaborate=True,
)
CO = ResearcherRecord(id="t-r-co", name="Co Author")
HUB = ResearcherRecord(id="t-r-hub", name="Hub Researcher", display_name="H. Researcher")
POOL = [ResearcherRecord(id=f"t-r-c{i}", name=f"Colleague {i}") for i in range(1, 11)]
HUB_WORKS = 200


def _hub_paper(i: int) -> PaperRecord:
    # The hub's byline position moves with i, so order by position is visible in answers.
    others = [POOL[i % 10], POOL[(i + 3) % 10]]
    byline = list(others)
    byline.insert(i % 3, HUB)
    return PaperRecord(
        id=f"t-p-hub-{i:03d}",
        title=f"Hub paper {i}",
        abstract=f"Abstract {i}." if i % 4 else None,
        year=1990 + (i * 7) % 35,
        type="article" if i % 2 else "preprint",
        doi=f"10.1234/hub.{i}" if i % 2 else None,
        venue=JOURNAL if i % 2 else ARXIV,
        authors=tuple(AuthorshipRecord(p, pos, pos == 1) for pos, p in enumerate(byline, start=1)),
    )


SOLO_PAPER = PaperRecord(
    id="t-p-solo",
    title="The only paper",
    abstract="Alone.",
    year=2024,
    type="preprint",
    venue=ARXIV,
    authors=(AuthorshipRecord(SOLO, 1, True), AuthorshipRecord(CO, 2)),
)

PAPERS: list[PaperRecord] = [SOLO_PAPER, *(_hub_paper(i) for i in range(1, HUB_WORKS + 1))]


@dataclass(frozen=True, slots=True)
class Expected:
    """Answers computed from the records above, independently of Neo4j and of the statements."""

    @staticmethod
    def works_of(researcher_id: str) -> list[PaperRecord]:
        mine = [p for p in PAPERS if any(a.researcher.id == researcher_id for a in p.authors)]
        return sorted(mine, key=lambda p: (-p.year, p.id))

    @staticmethod
    def paper(paper_id: str) -> PaperRecord:
        return next(p for p in PAPERS if p.id == paper_id)

    @staticmethod
    def author_ids(paper: PaperRecord) -> list[str]:
        return [a.researcher.id for a in sorted(paper.authors, key=lambda a: a.position)]
