"""A small deterministic sample graph, loaded by `make run` when the database is empty.

`python -m graphdb.sample [--if-empty] [--seed N]`. The real PubMed dataset replaces it as the
default once the importers land; this graph exists so a fresh `make run` answers real queries.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
from collections.abc import Iterator, Sequence

from graphdb import queries
from graphdb.config import Neo4jSettings
from graphdb.errors import GraphDbError
from graphdb.records import AuthorshipRecord, PaperRecord, ResearcherRecord, VenueRecord
from graphdb.runner import Runner, connect

GIVEN = [
    "Ada",
    "Alan",
    "Grace",
    "Edsger",
    "Barbara",
    "Donald",
    "Frances",
    "John",
    "Leslie",
    "Margaret",
    "Niklaus",
    "Radia",
    "Tim",
    "Shafi",
    "Judea",
    "Yoshua",
    "Fei-Fei",
    "Andrew",
    "Daphne",
    "Geoffrey",
]
FAMILY = [
    "Lovelace",
    "Turing",
    "Hopper",
    "Dijkstra",
    "Liskov",
    "Knuth",
    "Allen",
    "McCarthy",
    "Lamport",
    "Hamilton",
    "Wirth",
    "Perlman",
    "Berners-Lee",
    "Goldwasser",
    "Pearl",
    "Bengio",
    "Li",
    "Ng",
]
SUBJECTS = [
    "graph neural networks",
    "knowledge graphs",
    "citation analysis",
    "author disambiguation",
    "scholarly recommendation",
    "link prediction",
    "topic modelling",
    "co-authorship networks",
    "research trust signals",
    "open metadata",
]
KINDS = ["scaling", "a survey of", "benchmarks for", "robust", "explainable", "incremental", "federated"]
VENUES = [
    VenueRecord(id="sample-v-arxiv", name="arXiv", kind="repository"),
    VenueRecord(
        id="sample-v-jasist", name="Journal of the Association for Information Science and Technology", kind="journal"
    ),
    VenueRecord(id="sample-v-scientometrics", name="Scientometrics", kind="journal"),
    VenueRecord(id="sample-v-kdd", name="KDD", kind="conference"),
]
TYPES = ["article", "preprint", "article", "proceedings-article"]


def researchers(rng: random.Random, count: int) -> list[ResearcherRecord]:
    people = []
    for i in range(1, count + 1):
        given, family = rng.choice(GIVEN), rng.choice(FAMILY)
        people.append(
            ResearcherRecord(
                id=f"sample-r-{i}",
                name=f"{given} {family}",
                display_name=f"{given[0]}. {family}",
                bio=f"Works on {rng.choice(SUBJECTS)}." if rng.random() < 0.6 else None,
                orcid=f"0000-0002-{1000 + i:04d}-{rng.randrange(1000, 9999):04d}" if rng.random() < 0.5 else None,
                open_to_collaborate=rng.random() < 0.4,
            )
        )
    return people


def papers(seed: int = 7, researcher_count: int = 60, paper_count: int = 240) -> Iterator[PaperRecord]:
    """The sample papers. Researcher 1 is a hub on most papers; researcher N has exactly one."""
    rng = random.Random(seed)
    people = researchers(rng, researcher_count)
    hub, loner, crowd = people[0], people[-1], people[1:-1]
    for i in range(1, paper_count + 1):
        size = min(len(crowd), 1 + int(rng.paretovariate(1.6)))
        authors: list[ResearcherRecord] = rng.sample(crowd, size)
        if rng.random() < 0.7:
            authors.insert(rng.randrange(len(authors) + 1), hub)
        if i == paper_count:
            authors = [loner, *authors[:2]]
        subject = rng.choice(SUBJECTS)
        year = rng.randrange(2008, 2026)
        venue = rng.choice(VENUES)
        yield PaperRecord(
            id=f"sample-p-{i}",
            title=f"{rng.choice(KINDS).capitalize()} {subject}: study {i}",
            abstract=f"We study {subject} on a sample of the research graph ({year}).",
            year=year,
            type="preprint" if venue.kind == "repository" else rng.choice(TYPES),
            doi=f"10.5555/sample.{i}" if venue.kind != "repository" else None,
            venue=venue,
            authors=tuple(
                AuthorshipRecord(researcher=person, position=pos, corresponding=pos == 1)
                for pos, person in enumerate(authors, start=1)
            ),
        )


def batches(items: Sequence[PaperRecord], size: int) -> Iterator[Sequence[PaperRecord]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


async def load(runner: Runner, records: Sequence[PaperRecord], batch_size: int = 500) -> int:
    """Write the papers in batches, each one write transaction; idempotent. Returns papers written."""
    written = 0
    for batch in batches(records, batch_size):
        rows = await runner.write(queries.SAMPLE_LOAD_PAPERS, {"rows": [p.to_row() for p in batch]})
        written += int(rows[0]["papers"]) if rows else 0
    return written


async def _main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m graphdb.sample", description=__doc__.splitlines()[0])
    parser.add_argument("--if-empty", action="store_true", help="load only when the database holds no nodes")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    try:
        async with connect(Neo4jSettings.from_env()) as runner:
            nodes = (await runner.read(queries.SAMPLE_COUNT_NODES))[0]["nodes"]
            if args.if_empty and nodes:
                print(f"Database already holds {nodes} nodes; sample not loaded.")
            else:
                written = await load(runner, list(papers(seed=args.seed)))
                print(f"Loaded {written} sample papers.")
            counts = (await runner.read(queries.SAMPLE_COUNTS))[0]
    except GraphDbError as err:
        print(f"error: {err.code}: {err}", file=sys.stderr)
        return 1
    print("Graph: " + ", ".join(f"{value} {key}" for key, value in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(_main()))
