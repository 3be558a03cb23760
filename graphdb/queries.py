"""The names of the registry statements that code runs; a test checks they equal the files on disk."""

from __future__ import annotations

from typing import Final

PING: Final = "health/ping"
RESEARCHER_PROFILE: Final = "researcher/profile"
RESEARCHER_WORKS_BY_IDS: Final = "researcher/works_by_ids"
PAPER_BY_ID: Final = "paper/by_id"
PAPER_AUTHORS_BY_IDS: Final = "paper/authors_by_ids"
SAMPLE_LOAD_PAPERS: Final = "sample/load_papers"
SAMPLE_COUNT_NODES: Final = "sample/count_nodes"
SAMPLE_COUNTS: Final = "sample/counts"
CONSTRAINTS_PREFIX: Final = "constraints/"

ALL: Final = frozenset(
    {
        PING,
        RESEARCHER_PROFILE,
        RESEARCHER_WORKS_BY_IDS,
        PAPER_BY_ID,
        PAPER_AUTHORS_BY_IDS,
        SAMPLE_LOAD_PAPERS,
        SAMPLE_COUNT_NODES,
        SAMPLE_COUNTS,
    }
)
