"""The names of the registry statements that code runs; a test checks they equal the files on disk."""

from __future__ import annotations

from typing import Final

PING: Final = "health/ping"
IMPORT_UPSERT_VENUES: Final = "import/upsert_venues"
IMPORT_UPSERT_INSTITUTIONS: Final = "import/upsert_institutions"
IMPORT_UPSERT_TOPICS: Final = "import/upsert_topics"
IMPORT_LINK_TOPIC_PARENTS: Final = "import/link_topic_parents"
IMPORT_UPSERT_PAPERS: Final = "import/upsert_papers"
IMPORT_UPSERT_RESEARCHERS: Final = "import/upsert_researchers"
IMPORT_IDENTIFY_BYLINES: Final = "import/identify_bylines"
IMPORT_UPSERT_BYLINES: Final = "import/upsert_bylines"
IMPORT_UPSERT_NAMED: Final = "import/upsert_named"
IMPORT_UPSERT_STUBS: Final = "import/upsert_stubs"
IMPORT_CREATE_AUTHORED: Final = "import/create_authored"
IMPORT_LINK_AUTHORED: Final = "import/link_authored"
IMPORT_PAPER_AUTHORS_BY_IDS: Final = "import/paper_authors_by_ids"
IMPORT_LINK_COAUTHORS: Final = "import/link_coauthors"
IMPORT_WIDEN_COAUTHOR_YEARS: Final = "import/widen_coauthor_years"
IMPORT_LINK_VENUES: Final = "import/link_venues"
IMPORT_LINK_TOPICS: Final = "import/link_topics"
IMPORT_LINK_CITATIONS: Final = "import/link_citations"
IMPORT_LINK_AFFILIATIONS: Final = "import/link_affiliations"
IMPORT_LINK_UNDER_TOPICS: Final = "import/link_under_topics"
IMPORT_SPREAD_TOPIC_PARENTS: Final = "import/spread_topic_parents"
IMPORT_UNDERIVED_PAPERS: Final = "import/underived_papers"
IMPORT_COUNTS: Final = "import/counts"
IMPORT_RANK_PAPERS: Final = "import/rank_papers"
IMPORT_RANK_AFFILIATIONS: Final = "import/rank_affiliations"
IMPORT_UNRANKED_PAPERS: Final = "import/unranked_papers"
IMPORT_UNRANKED_RESEARCHERS: Final = "import/unranked_researchers"
IMPORT_OLD_RANK_KEYS: Final = "import/old_rank_keys"
IMPORT_PAPERS_AFTER: Final = "import/papers_after"
IMPORT_AFFILIATED_AFTER: Final = "import/affiliated_after"
IMPORT_ANY_NODE: Final = "import/any_node"
MIGRATE_AWAIT_INDEXES: Final = "migrate/await_indexes"
CONSTRAINTS_PREFIX: Final = "constraints/"

ALL: Final = frozenset(
    {
        PING,
        IMPORT_UPSERT_VENUES,
        IMPORT_UPSERT_INSTITUTIONS,
        IMPORT_UPSERT_TOPICS,
        IMPORT_LINK_TOPIC_PARENTS,
        IMPORT_UPSERT_PAPERS,
        IMPORT_UPSERT_RESEARCHERS,
        IMPORT_IDENTIFY_BYLINES,
        IMPORT_UPSERT_BYLINES,
        IMPORT_UPSERT_NAMED,
        IMPORT_UPSERT_STUBS,
        IMPORT_CREATE_AUTHORED,
        IMPORT_LINK_AUTHORED,
        IMPORT_PAPER_AUTHORS_BY_IDS,
        IMPORT_LINK_COAUTHORS,
        IMPORT_WIDEN_COAUTHOR_YEARS,
        IMPORT_LINK_VENUES,
        IMPORT_LINK_TOPICS,
        IMPORT_LINK_CITATIONS,
        IMPORT_LINK_AFFILIATIONS,
        IMPORT_LINK_UNDER_TOPICS,
        IMPORT_SPREAD_TOPIC_PARENTS,
        IMPORT_UNDERIVED_PAPERS,
        IMPORT_COUNTS,
        IMPORT_RANK_PAPERS,
        IMPORT_RANK_AFFILIATIONS,
        IMPORT_UNRANKED_PAPERS,
        IMPORT_UNRANKED_RESEARCHERS,
        IMPORT_OLD_RANK_KEYS,
        IMPORT_PAPERS_AFTER,
        IMPORT_AFFILIATED_AFTER,
        IMPORT_ANY_NODE,
        MIGRATE_AWAIT_INDEXES,
    }
)
