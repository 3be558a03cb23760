"""Topic levels: a domain, field or subfield lists the works of the topics under it.

A hierarchy (domain > field > subfield > topics, a second subfield, and a flat keyword topic) is imported
through the import path in three runs: first with some topics not yet linked to their parents (a parent
link arrives in a later run and must give the papers already imported their new ancestors), then with
the whole chains, then everything again (which must change nothing). The derived UNDER_TOPIC edges must
equal what HAS_TOPIC and SUBTOPIC_OF imply after each run; each topic's works, with and without
`includeSubtopics`, must equal what Python computes from the records below; and a field's page must be an
index range read on the order key (PROFILE), not an expansion of the subtree sorted per request.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import pytest

from graphdb.importers.pipeline import import_records
from graphdb.migrate import apply_constraints
from graphdb.records import PaperRec, TopicLink, TopicRec
from graphdb.runner import Runner
from resolvers.context import Context
from schema import build_schema
from tests import fixtures
from tests.test_hub_pages import profiled
from tests.test_import import assert_ranks_match, assert_under_topics_match, snapshot, topic_closure

SCHEMA = build_schema()

# The hierarchy: topic id -> (name, level, parent id).
TOPICS: dict[str, tuple[str, str, str | None]] = {
    "lvl:domain": ("Physical Sciences", "domain", None),
    "lvl:field": ("Physics and Astronomy", "field", "lvl:domain"),
    "lvl:sub": ("Condensed Matter Physics", "subfield", "lvl:field"),
    "lvl:t1": ("Superconductivity", "topic", "lvl:sub"),
    "lvl:t2": ("Topological insulators", "topic", "lvl:sub"),
    "lvl:sub2": ("Atomic and Molecular Physics", "subfield", "lvl:field"),
    "lvl:t3": ("Cold atoms", "topic", "lvl:sub2"),
    "lvl:kw": ("graphene", "keyword", None),
}


@dataclass(frozen=True, slots=True)
class Work:
    """A test paper: its DOI suffix, year (None: unknown) and the topics it is tagged with."""

    key: str
    year: int | None
    topics: tuple[str, ...]

    @property
    def id(self) -> str:
        return f"doi:10.5555/{self.key}"


# Tagged at every level, two with sibling topics (t1 and t2), ties on the year, unknown years.
FIRST = [
    Work("lvl-01", 2020, ("lvl:t1",)),
    Work("lvl-02", 2021, ("lvl:t1", "lvl:t2")),
    Work("lvl-03", 2021, ("lvl:t2",)),
    Work("lvl-04", 2019, ("lvl:sub",)),
]
SECOND = [
    Work("lvl-05", 2018, ("lvl:field", "lvl:t1")),
    Work("lvl-06", None, ("lvl:domain",)),
    Work("lvl-07", 2022, ("lvl:kw",)),
    Work("lvl-08", 2020, ("lvl:kw", "lvl:t3")),
    Work("lvl-09", None, ("lvl:t3",)),
    Work("lvl-10", 2021, ("lvl:t1", "lvl:t2", "lvl:sub")),
]
# Enough works under the second subfield that reading a field's subtree whole would show in the db hits.
BULK = [Work(f"lvl-bulk-{i:03d}", 1990 + i % 30, ("lvl:t3",)) for i in range(150)]
WORKS = FIRST + SECOND + BULK


def topic(tid: str, *, with_parents: bool = True, up_to: str | None = None) -> TopicRec:
    """The topic record with its parent chain (none without parents; cut below `up_to` when given)."""
    name, level, parent = TOPICS[tid]
    keep = with_parents and parent is not None and tid != up_to
    return TopicRec(tid, name, level, topic(parent, up_to=up_to) if keep and parent else None)


def record(work: Work, *, first_run: bool = False) -> PaperRec:
    """The work's record. In the first run t1 comes with its subfield but the subfield without its field, and t2
    without any parent: those links arrive with the second run."""
    links = []
    for tid in work.topics:
        if first_run and tid == "lvl:t1":
            rec = topic(tid, up_to="lvl:sub")
        elif first_run:
            rec = topic(tid, with_parents=False)
        else:
            rec = topic(tid)
        links.append(TopicLink(rec, 0.5))
    return PaperRec(
        source="openalex",
        source_id=work.key,
        title=f"Work {work.key}",
        year=work.year,
        doi=f"10.5555/{work.key}",
        topics=tuple(links),
    )


def parent_links() -> set[tuple[str, str]]:
    return {(t, parent) for t, (_, _, parent) in TOPICS.items() if parent is not None}


def expected(tid: str, *, subtopics: bool) -> list[str]:
    """The topic's works, newest first (unknown years last), then by id, computed from the records."""
    tags = {(w.id, t) for w in WORKS for t in w.topics}
    pairs = topic_closure(tags, parent_links()) if subtopics else tags
    listed = {paper for paper, t in pairs if t == tid}
    year = {w.id: w.year for w in WORKS}
    return sorted(listed, key=lambda p: (year[p] is None, -(year[p] or 0), p))


async def run_import(runner: Runner, records: list[PaperRec], batch_size: int) -> None:
    report = await import_records(runner, records, label="levels", batch_size=batch_size, progress=False)
    assert report.skipped_total == 0, report.skipped


@pytest.fixture(scope="module")
async def levels(runner: Runner) -> AsyncIterator[dict[str, Any]]:
    """The hierarchy imported in three runs, alone in the suite's database; what each run left is recorded for
    the tests, and the shared fixture graph is restored afterwards."""
    await runner.write("testing/wipe")
    await runner.write("testing/mark")
    await apply_constraints(runner)
    seen: dict[str, Any] = {}
    try:
        await run_import(runner, [record(w, first_run=True) for w in FIRST], batch_size=2)
        seen["first"] = (await assert_under_topics_match(runner), await runner.read("testing/topic_edges"))
        # The missing links arrive in the first batch of this run (the batches of two after it find them known).
        await run_import(runner, [record(w) for w in SECOND + BULK], batch_size=2)
        seen["second"] = await assert_under_topics_match(runner)
        before = await snapshot(runner)
        await run_import(runner, [record(w) for w in WORKS], batch_size=50)
        seen["unchanged"] = await snapshot(runner) == before
        seen["ranks"] = await assert_ranks_match(runner)
        await runner.driver.execute_query("CALL db.awaitIndexes(60)", database_=runner.database)
        yield seen
    finally:
        await runner.write("testing/wipe")
        await runner.write("testing/mark")
        await fixtures.load(runner, fixtures.PAPERS)


def test_the_fixture_has_every_level_and_sibling_tags() -> None:
    levels = {TOPICS[t][1] for w in WORKS for t in w.topics}
    assert levels == {"domain", "field", "subfield", "topic", "keyword"}
    assert any({"lvl:t1", "lvl:t2"} <= set(w.topics) for w in WORKS)
    # The domain's list holds each work once, though some reach it through two or three tags.
    assert len(expected("lvl:domain", subtopics=True)) == len([w for w in WORKS if set(w.topics) - {"lvl:kw"}])


async def test_under_topic_follows_every_import(levels: dict[str, Any]) -> None:
    under_first, rels = levels["first"]
    # After the first run t1 is under its subfield only, t2 under nothing: the closure is partial...
    first_tags = {(w.id, t) for w in FIRST for t in w.topics}
    assert under_first == len(topic_closure(first_tags, {("lvl:t1", "lvl:sub")}))
    assert not [r for r in rels if r["type"] == "UNDER_TOPIC" and r["end"] in ("lvl:field", "lvl:domain")]
    # ...and once the links arrive, the papers imported before them are under the new ancestors too.
    tags = {(w.id, t) for w in WORKS for t in w.topics}
    assert levels["second"] == len(topic_closure(tags, parent_links()))
    assert levels["unchanged"], "re-importing the same records changed the graph"
    assert levels["ranks"] > levels["second"]


LEVEL_QUERY = """query L($id: ID!, $sub: Boolean!, $first: Int!, $offset: Int!) {
  topic(id: $id) {
    works(first: $first, offset: $offset, includeSubtopics: $sub) {
      totalCount pageInfo { hasNextPage } nodes { id year }
    }
    default: works(first: 3) { totalCount nodes { id } }
  }
}"""


async def data(runner: Runner, query: str, variables: dict[str, Any], *, fast: bool) -> Any:
    context = Context.create(runner)
    context.fast_path = fast
    result = await SCHEMA.execute(query, variable_values=variables, context_value=context)
    assert result.errors is None, result.errors
    assert context.took_fast_path is fast
    return result.data


@pytest.mark.parametrize("fast", [True, False], ids=["fast path", "ordinary path"])
@pytest.mark.parametrize("subtopics", [True, False], ids=["with subtopics", "direct tags only"])
@pytest.mark.parametrize("tid", sorted(TOPICS))
async def test_each_level_lists_its_works_newest_first(
    runner: Runner, levels: dict[str, Any], tid: str, subtopics: bool, fast: bool
) -> None:
    want = expected(tid, subtopics=subtopics)
    year = {w.id: w.year for w in WORKS}
    for first, offset in ((5, 0), (4, 3), (500, 0)):
        variables = {"id": tid, "sub": subtopics, "first": first, "offset": offset}
        got = (await data(runner, LEVEL_QUERY, variables, fast=fast))["topic"]
        page = got["works"]
        assert page["totalCount"] == len(want)
        assert [n["id"] for n in page["nodes"]] == want[offset : offset + first]
        assert [n["year"] for n in page["nodes"]] == [year[p] for p in want[offset : offset + first]]
        assert page["pageInfo"]["hasNextPage"] is (offset + first < len(want))
        # Left out, the argument is true.
        default = expected(tid, subtopics=True)
        assert got["default"] == {"totalCount": len(default), "nodes": [{"id": p} for p in default[:3]]}


async def test_levels_differ_where_the_hierarchy_says(levels: dict[str, Any]) -> None:
    """The fixture's own figures, so that a mistake in `expected` cannot hide one in the API."""
    assert expected("lvl:domain", subtopics=False) == ["doi:10.5555/lvl-06"]
    assert len(expected("lvl:field", subtopics=True)) == 8 + len(BULK)
    assert expected("lvl:sub", subtopics=True)[:4] == [
        "doi:10.5555/lvl-02",
        "doi:10.5555/lvl-03",
        "doi:10.5555/lvl-10",
        "doi:10.5555/lvl-01",
    ]
    assert expected("lvl:kw", subtopics=True) == expected("lvl:kw", subtopics=False)


def page_query(tid: str, subtopics: bool) -> str:
    flag = "true" if subtopics else "false"
    page = f"works(first: 5, includeSubtopics: {flag}) {{ totalCount nodes {{ id title }} }}"
    return f'{{ topic(id: "{tid}") {{ {page} }} }}'


@pytest.mark.parametrize("subtopics", [True, False], ids=["with subtopics", "direct tags only"])
async def test_a_field_page_reads_the_order_key_index(runner: Runner, levels: dict[str, Any], subtopics: bool) -> None:
    """A field's page, with or without its subtopics, seeks the order keys of its range and stops after the page;
    its count is the relationship's degree. It costs what a one-work topic's page costs, not the subtree's size."""
    hits, ops = await profiled(runner, page_query("lvl:field", subtopics))
    small_hits, small_ops = await profiled(runner, page_query("lvl:t2" if subtopics else "lvl:domain", subtopics))
    assert "DirectedRelationshipIndexSeekByRange" in ops
    assert not {"Top", "Sort", "VarLengthExpand(All)", "VarLengthExpand(Pruning)"} & ops, ops
    assert not {"Top", "Sort"} & small_ops
    assert hits < len(BULK) < len(expected("lvl:field", subtopics=True)), (hits, small_hits)
    assert hits <= small_hits + 40, (hits, small_hits)
