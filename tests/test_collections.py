"""The analyst's API on a real Neo4j: `where` operators, sorts (aggregates included), keyset cursors forwards
and backwards over a set changed between pages, and the refusals.

Every expected answer is computed here, in Python, from the fixture below (the conditions and orders as the
schema's descriptions state them), never read back from the API.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest

from graphdb.migrate import rank_edges
from graphdb.runner import Runner
from resolvers.context import Context
from schema import build_schema

SCHEMA = build_schema()

PAPERS: list[dict[str, Any]] = [
    {"id": "t-c-p01", "title": "Coll alpha graph", "year": 2019, "type": "article"},
    {"id": "t-c-p02", "title": "Coll beta", "year": 2021, "type": "preprint"},
    {"id": "t-c-p03", "title": "Coll gamma graph", "year": None, "type": "article"},
    {"id": "t-c-p04", "title": "Coll delta", "year": 2019, "type": "article"},
    {"id": "t-c-p05", "title": "Coll epsilon", "year": 2015, "type": "dataset"},
    {"id": "t-c-p06", "title": "Coll zeta graph", "year": 2023, "type": "article"},
    {"id": "t-c-p07", "title": "Coll eta", "year": None, "type": "preprint"},
    {"id": "t-c-p08", "title": "Coll theta", "year": 2021, "type": "article"},
    {"id": "t-c-p09", "title": "Coll iota", "year": 2010, "type": "article"},
    {"id": "t-c-p10", "title": "Coll kappa graph", "year": 2019, "type": "preprint"},
]
RESEARCHERS = [
    {"id": "t-c-r1", "name": "Ann Coll"},
    {"id": "t-c-r2", "name": "Bob Coll"},
    {"id": "t-c-r3", "name": "Cid Coll"},
    {"id": "t-c-r4", "name": "Dee Coll"},
]
INSTITUTIONS = [
    {"id": "t-c-i1", "name": "Coll University", "country": "NZ"},
    {"id": "t-c-i2", "name": "Coll Institute", "country": "FR"},
]
TOPICS = [{"id": "t-c-t1", "name": "Coll networks"}, {"id": "t-c-t2", "name": "Coll biology"}]
VENUES = [{"id": "t-c-v1", "name": "Coll Journal"}, {"id": "t-c-v2", "name": "Coll Letters"}]
BYLINES = {  # paper -> authors in byline order
    "t-c-p01": ["t-c-r1", "t-c-r2"],
    "t-c-p02": ["t-c-r1"],
    "t-c-p03": ["t-c-r2"],
    "t-c-p04": ["t-c-r1"],
    "t-c-p05": ["t-c-r2"],
    "t-c-p06": ["t-c-r3", "t-c-r1"],
    "t-c-p07": ["t-c-r3"],
    "t-c-p08": ["t-c-r1"],
    "t-c-p09": ["t-c-r3"],
    "t-c-p10": ["t-c-r1"],
}
BYLINE_INSTITUTIONS = {("t-c-r2", "t-c-p05"): ["t-c-i1"]}  # the paper names an institution of its own
AFFILIATIONS = {"t-c-r1": ["t-c-i1"], "t-c-r2": ["t-c-i2"], "t-c-r3": ["t-c-i1"]}
TAGGED = {"t-c-p01": ["t-c-t1"], "t-c-p03": ["t-c-t1"], "t-c-p06": ["t-c-t1"], "t-c-p10": ["t-c-t1"]}
TAGGED |= {"t-c-p05": ["t-c-t2"], "t-c-p09": ["t-c-t2"]}
PUBLISHED = {p["id"]: ("t-c-v1" if i < 5 else "t-c-v2") for i, p in enumerate(PAPERS) if p["id"] != "t-c-p09"}
CITES = [
    ("t-c-p02", "t-c-p01"),
    ("t-c-p03", "t-c-p01"),
    ("t-c-p04", "t-c-p01"),
    ("t-c-p06", "t-c-p01"),
    ("t-c-p06", "t-c-p02"),
    ("t-c-p07", "t-c-p02"),
    ("t-c-p08", "t-c-p06"),
]


def citations(pid: str) -> int:
    return sum(1 for _, cited in CITES if cited == pid)


def authors(pid: str) -> list[str]:
    return BYLINES.get(pid, [])


def institutions(pid: str) -> set[str]:
    """Byline institutions and the authors' affiliations (PaperWhere.institutions)."""
    found = {i for a in authors(pid) for i in AFFILIATIONS.get(a, [])}
    return found | {i for a in authors(pid) for i in BYLINE_INSTITUTIONS.get((a, pid), [])}


NAMES = {r["id"]: r["name"] for r in RESEARCHERS}


@pytest.fixture(scope="module")
async def collections(runner: Runner) -> AsyncIterator[None]:
    await runner.write(
        "testing/load_collections",
        {
            "papers": PAPERS,
            "researchers": RESEARCHERS,
            "institutions": INSTITUTIONS,
            "topics": TOPICS,
            "venues": VENUES,
            "authored": [
                {"researcher": r, "paper": p, "position": i, "institutions": BYLINE_INSTITUTIONS.get((r, p))}
                for p, rs in BYLINES.items()
                for i, r in enumerate(rs, start=1)
            ],
            "affiliations": [{"researcher": r, "institution": i} for r, its in AFFILIATIONS.items() for i in its],
            "tagged": [{"paper": p, "topic": t, "score": 1.0} for p, ts in TAGGED.items() for t in ts],
            "published": [{"paper": p, "venue": v} for p, v in PUBLISHED.items()],
            "cites": [{"paper": a, "cited": b} for a, b in CITES],
        },
    )
    await rank_edges(runner)
    yield
    await runner.write("testing/drop_collections")


async def ask(runner: Runner, query: str, variables: dict[str, Any] | None = None, *, fast: bool = True) -> Any:
    context = Context.create(runner)
    context.fast_path = fast
    result = await SCHEMA.execute(query, variable_values=variables, context_value=context)
    assert result.errors is None, result.errors
    return result.data


async def codes(runner: Runner, query: str, variables: dict[str, Any] | None = None) -> list[str]:
    result = await SCHEMA.execute(query, variable_values=variables, context_value=Context.create(runner))
    return [e.formatted["extensions"]["code"] for e in result.errors or []]


OURS = '{ title: { startsWith: "Coll " } }'
Pred = Callable[[dict[str, Any]], bool]
WHERE: list[tuple[str, str, Pred]] = [
    ("year eq", "{ year: { eq: 2019 } }", lambda p: p["year"] == 2019),
    ("year in", "{ year: { in: [2010, 2021] } }", lambda p: p["year"] in (2010, 2021)),
    ("year gt", "{ year: { gt: 2019 } }", lambda p: p["year"] is not None and p["year"] > 2019),
    ("year gte", "{ year: { gte: 2019 } }", lambda p: p["year"] is not None and p["year"] >= 2019),
    ("year lt", "{ year: { lt: 2019 } }", lambda p: p["year"] is not None and p["year"] < 2019),
    ("year lte", "{ year: { lte: 2015 } }", lambda p: p["year"] is not None and p["year"] <= 2015),
    ("year isNull", "{ year: { isNull: true } }", lambda p: p["year"] is None),
    ("year is not null", "{ year: { isNull: false } }", lambda p: p["year"] is not None),
    ("range", "{ year: { gte: 2015, lt: 2021 } }", lambda p: p["year"] is not None and 2015 <= p["year"] < 2021),
    ("title contains", '{ title: { contains: "graph" } }', lambda p: "graph" in p["title"]),
    ("type in", '{ type: { in: ["preprint", "dataset"] } }', lambda p: p["type"] in ("preprint", "dataset")),
    ("id eq", '{ id: { eq: "t-c-p04" } }', lambda p: p["id"] == "t-c-p04"),
    (
        "OR",
        '{ OR: [{ year: { eq: 2010 } }, { type: { eq: "dataset" } }] }',
        lambda p: p["year"] == 2010 or p["type"] == "dataset",
    ),
    ("NOT", '{ NOT: { type: { eq: "article" } } }', lambda p: p["type"] != "article"),
    ("empty OR", "{ OR: [] }", lambda p: False),
    ("empty where", "{ }", lambda p: True),
    (
        "authors some",
        '{ authors: { some: { name: { eq: "Bob Coll" } } } }',
        lambda p: "t-c-r2" in authors(p["id"]),
    ),
    (
        "authors none",
        '{ authors: { none: { name: { eq: "Ann Coll" } } } }',
        lambda p: "t-c-r1" not in authors(p["id"]),
    ),
    (
        "authors all",
        '{ authors: { all: { name: { startsWith: "Ann" } } } }',
        lambda p: all(NAMES[a].startswith("Ann") for a in authors(p["id"])),
    ),
    (
        "institution through bylines or affiliations",
        '{ institutions: { some: { id: { eq: "t-c-i1" } } } }',
        lambda p: "t-c-i1" in institutions(p["id"]),
    ),
    (
        "institution by country",
        '{ institutions: { some: { country: { eq: "FR" } } } }',
        lambda p: "t-c-i2" in institutions(p["id"]),
    ),
    ("topic", '{ topics: { some: { id: { eq: "t-c-t1" } } } }', lambda p: "t-c-t1" in TAGGED.get(p["id"], [])),
    ("venue", '{ venue: { some: { name: { eq: "Coll Letters" } } } }', lambda p: PUBLISHED.get(p["id"]) == "t-c-v2"),
    (
        "no venue",
        "{ venue: { none: { } } }",
        lambda p: p["id"] not in PUBLISHED,
    ),
    (
        "cited by a paper of 2023",
        "{ citations: { some: { year: { eq: 2023 } } } }",
        lambda p: any(a == "t-c-p06" and b == p["id"] for a, b in CITES),
    ),
    (
        "nested: by an author of a 2010 paper",
        "{ authors: { some: { works: { some: { year: { eq: 2010 } } } } } }",
        lambda p: "t-c-r3" in authors(p["id"]),
    ),
]


@pytest.mark.parametrize(("name", "where", "pred"), WHERE, ids=[w[0] for w in WHERE])
@pytest.mark.parametrize("fast", [True, False], ids=["fast", "ordinary"])
async def test_where_operators(
    runner: Runner, collections: None, name: str, where: str, pred: Pred, fast: bool
) -> None:
    expected = sorted(p["id"] for p in PAPERS if pred(p))
    query = f"{{ papers(where: {{ AND: [{OURS}, {where}] }}, first: 50) {{ totalCount nodes {{ id }} }} }}"
    got = (await ask(runner, query, fast=fast))["papers"]
    assert [n["id"] for n in got["nodes"]] == expected
    assert got["totalCount"] == len(expected)


def _nulls_last(value: Any, desc: bool) -> tuple[bool, Any]:
    if value is None:
        return (True, 0)
    return (False, -value if desc and isinstance(value, int) else value)


SORTS: list[tuple[str, str, Callable[[dict[str, Any]], Any]]] = [
    ("year descending", "[{ year: DESC }]", lambda p: (_nulls_last(p["year"], True), p["id"])),
    ("year ascending", "[{ year: ASC }]", lambda p: (_nulls_last(p["year"], False), p["id"])),
    ("citations descending", "[{ citationCount: DESC }]", lambda p: (-citations(p["id"]), p["id"])),
    (
        "citations, then year",
        "[{ citationCount: DESC }, { year: DESC }]",
        lambda p: (-citations(p["id"]), _nulls_last(p["year"], True), p["id"]),
    ),
    ("title", "[{ title: ASC }]", lambda p: (p["title"], p["id"])),
    (
        "authors",
        "[{ authorCount: DESC }, { id: DESC }]",
        lambda p: (-len(authors(p["id"])), [-ord(c) for c in p["id"]]),
    ),
]


@pytest.mark.parametrize(("name", "sort", "key"), SORTS, ids=[s[0] for s in SORTS])
@pytest.mark.parametrize("fast", [True, False], ids=["fast", "ordinary"])
async def test_sorts_are_total_with_nulls_last(
    runner: Runner, collections: None, name: str, sort: str, key: Callable[[dict[str, Any]], Any], fast: bool
) -> None:
    expected = [p["id"] for p in sorted(PAPERS, key=key)]
    query = f"{{ papers(where: {OURS}, sort: {sort}, first: 50) {{ nodes {{ id }} }} }}"
    got = (await ask(runner, query, fast=fast))["papers"]["nodes"]
    assert [n["id"] for n in got] == expected


SELECTION = "{ edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }"


async def walk(runner: Runner, template: str, args: str, size: int, *, backward: bool = False) -> list[str]:
    """Every item of a list, page by page through the cursors; `template` holds `ARGS` and `SEL`."""
    seen: list[str] = []
    cursor: str | None = None
    for _ in range(50):
        paging = f"last: {size}" if backward else f"first: {size}"
        if cursor is not None:
            paging += f', {"before" if backward else "after"}: "{cursor}"'
        query = template.replace("ARGS", (args + ", " if args else "") + paging).replace("SEL", SELECTION)
        page = _unwrap(await ask(runner, query))
        ids = [e["node"]["id"] for e in page["edges"]]
        seen = ids + seen if backward else seen + ids
        info = page["pageInfo"]
        if page["edges"]:
            assert info["startCursor"] == page["edges"][0]["cursor"]
            assert info["endCursor"] == page["edges"][-1]["cursor"]
        more = info["hasPreviousPage"] if backward else info["hasNextPage"]
        if not more:
            return seen
        cursor = info["startCursor"] if backward else info["endCursor"]
    raise AssertionError("the walk did not end")


def _unwrap(data: Any) -> Any:
    """The connection inside `{ root: { ...: connection } }` or `{ root: connection }`."""
    (value,) = data.values()
    return value if "edges" in value else _unwrap(value)


@pytest.mark.parametrize(("name", "sort", "key"), SORTS[:4], ids=[s[0] for s in SORTS[:4]])
@pytest.mark.parametrize("size", [1, 3, 4])
async def test_cursor_pages_forwards_and_backwards_cover_the_list(
    runner: Runner, collections: None, name: str, sort: str, key: Callable[[dict[str, Any]], Any], size: int
) -> None:
    expected = [p["id"] for p in sorted(PAPERS, key=key)]
    args = f"where: {OURS}, sort: {sort}"
    assert await walk(runner, "{ papers(ARGS) SEL }", args, size) == expected
    assert await walk(runner, "{ papers(ARGS) SEL }", args, size, backward=True) == expected


def newest(pid: str) -> tuple[Any, ...]:
    year = next(p["year"] for p in PAPERS if p["id"] == pid)
    return (year is None, -(year or 0), pid)


@pytest.mark.parametrize("size", [1, 2, 5])
async def test_a_ranked_list_pages_by_its_order_keys(runner: Runner, collections: None, size: int) -> None:
    """A researcher's works, newest first, read by cursors over the write-time order key (both directions)."""
    expected = sorted((p for p, rs in BYLINES.items() if "t-c-r1" in rs), key=newest)
    template = '{ researcher(id: "t-c-r1") { works(ARGS) SEL } }'
    assert await walk(runner, template, "", size) == expected
    assert await walk(runner, template, "", size, backward=True) == expected
    filtered = sorted((p for p in expected if next(x for x in PAPERS if x["id"] == p)["type"] == "article"), key=newest)
    assert await walk(runner, template, 'where: { type: { eq: "article" } }', size) == filtered
    # Most cited first, read from the write-time `citedRank` keys (ties by id), both ways.
    by_citations = sorted(expected, key=lambda p: (-citations(p), p))
    assert await walk(runner, template, "sort: [{ citationCount: DESC }]", size) == by_citations
    assert await walk(runner, template, "sort: [{ citationCount: DESC }]", size, backward=True) == by_citations


async def test_nested_lists_filter_and_sort(runner: Runner, collections: None) -> None:
    mine = [p for p in PAPERS if "t-c-r1" in authors(p["id"])]
    expected = [p["id"] for p in sorted(mine, key=lambda p: (-citations(p["id"]), p["id"])) if p["type"] == "article"]
    query = (
        '{ researcher(id: "t-c-r1") { works(where: { type: { eq: "article" } }, sort: [{ citationCount: DESC }]) '
        "{ totalCount nodes { id } } } "
        'institution(id: "t-c-i1") { members(where: { works: { some: { year: { eq: 2010 } } } }) { nodes { id } } } }'
    )
    for fast in (True, False):
        data = await ask(runner, query, fast=fast)
        assert [n["id"] for n in data["researcher"]["works"]["nodes"]] == expected
        assert data["researcher"]["works"]["totalCount"] == len(expected)
        assert [n["id"] for n in data["institution"]["members"]["nodes"]] == ["t-c-r3"]


async def test_cursors_stay_stable_when_the_list_changes_between_pages(runner: Runner, collections: None) -> None:
    """No item after the cursor is skipped or repeated when items are added before it and removed after it."""
    args = f"where: {OURS}, sort: [{{ year: DESC }}]"
    first = await ask(runner, f"{{ papers({args}, first: 4) {{ nodes {{ id }} pageInfo {{ endCursor }} }} }}")
    page1 = [n["id"] for n in first["papers"]["nodes"]]
    cursor = first["papers"]["pageInfo"]["endCursor"]
    tail = await ask(runner, f"{{ papers({args}, last: 3) {{ nodes {{ id }} pageInfo {{ startCursor }} }} }}")
    back_cursor = tail["papers"]["pageInfo"]["startCursor"]
    early = {"id": "t-c-p00", "title": "Coll new", "year": 2030}  # sorts first: before the cursor
    await runner.write("testing/add_paper", {"paper": early, "researcher": "t-c-r4", "remove": False})
    removed = "t-c-p05"  # 2015: after the cursor
    await runner.write("testing/add_paper", {"paper": {"id": removed}, "researcher": "t-c-r4", "remove": True})
    try:
        rest = await ask(runner, f'{{ papers({args}, first: 50, after: "{cursor}") {{ nodes {{ id }} }} }}')
        expected = [p["id"] for p in sorted(PAPERS, key=lambda p: (_nulls_last(p["year"], True), p["id"]))]
        assert page1 == expected[:4]
        assert [n["id"] for n in rest["papers"]["nodes"]] == [p for p in expected[4:] if p != removed]
        # Backwards from the start of the last page: everything before it now, the new paper first.
        back = await ask(runner, f'{{ papers({args}, last: 50, before: "{back_cursor}") {{ nodes {{ id }} }} }}')
        now = ["t-c-p00", *(p for p in expected if p != removed)]
        assert [n["id"] for n in back["papers"]["nodes"]] == now[: now.index(tail["papers"]["nodes"][0]["id"])]
    finally:
        await runner.write("testing/add_paper", {"paper": early, "researcher": "t-c-r4", "remove": True})
        gone = next(p for p in PAPERS if p["id"] == removed)
        await runner.write("testing/load_collections", _only_paper(gone))


def _only_paper(paper: dict[str, Any]) -> dict[str, Any]:
    pid = paper["id"]
    return {
        "papers": [paper],
        "researchers": [],
        "institutions": [],
        "topics": [],
        "venues": [],
        "authored": [
            {"researcher": r, "paper": pid, "position": i, "institutions": BYLINE_INSTITUTIONS.get((r, pid))}
            for i, r in enumerate(authors(pid), start=1)
        ],
        "affiliations": [],
        "tagged": [{"paper": pid, "topic": t, "score": 1.0} for t in TAGGED.get(pid, [])],
        "published": [{"paper": pid, "venue": PUBLISHED[pid]}] if pid in PUBLISHED else [],
        "cites": [{"paper": a, "cited": b} for a, b in CITES if pid in (a, b)],
    }


async def test_researchers_sorted_by_works_and_by_name(runner: Runner, collections: None) -> None:
    works = {r["id"]: sum(1 for rs in BYLINES.values() if r["id"] in rs) for r in RESEARCHERS}
    expected = sorted(works, key=lambda r: (-works[r], r))
    query = '{ researchers(where: { name: { contains: " Coll" } }, sort: [{ worksCount: DESC }]) { nodes { id } } }'
    assert [n["id"] for n in (await ask(runner, query))["researchers"]["nodes"]] == expected
    query = '{ researchers(where: { name: { endsWith: "x" } }) { nodes { id } } }'
    assert await codes(runner, query) == ["GRAPHQL_VALIDATION_FAILED"]


REFUSED = [
    ("{ papers(first: 201) { totalCount } }", "a page over the cap"),
    ("{ papers(first: 2, last: 2) { totalCount } }", "first and last"),
    ('{ papers(after: "bm9wZQ") { totalCount } }', "a cursor that is not one"),
    ('{ papers(after: "x", before: "y") { totalCount } }', "after and before"),
    ("{ papers(sort: [{ year: DESC, title: ASC }]) { totalCount } }", "a sort term with two fields"),
    ('{ researcher(id: "t-c-r1") { works(offset: 2, after: "x") { totalCount } } }', "offset and a cursor"),
]


@pytest.mark.parametrize(("query", "why"), REFUSED, ids=[r[1] for r in REFUSED])
async def test_refusals_are_bad_user_input(runner: Runner, collections: None, query: str, why: str) -> None:
    assert await codes(runner, query) == ["BAD_USER_INPUT"]


async def test_a_cursor_of_another_order_is_refused(runner: Runner, collections: None) -> None:
    data = await ask(
        runner, f"{{ papers(where: {OURS}, sort: [{{ year: DESC }}], first: 1) {{ pageInfo {{ endCursor }} }} }}"
    )
    cursor = data["papers"]["pageInfo"]["endCursor"]
    assert await codes(
        runner, f'{{ papers(where: {OURS}, sort: [{{ title: ASC }}], after: "{cursor}") {{ totalCount }} }}'
    ) == ["BAD_USER_INPUT"]


async def test_where_and_sort_from_variables_plan_by_their_structure(runner: Runner, collections: None) -> None:
    """Variables that change the statement's structure get plans of their own (the cache keys on it)."""
    query = "query Q($w: PaperWhere, $s: [PaperSort!]) { papers(where: $w, sort: $s, first: 50) { nodes { id } } }"
    ours = {"title": {"startsWith": "Coll "}}
    cases: list[tuple[dict[str, Any], list[dict[str, str]], list[str]]] = [
        (
            {"AND": [ours, {"year": {"eq": 2019}}]},
            [{"year": "ASC"}],
            sorted(p["id"] for p in PAPERS if p["year"] == 2019),
        ),
        (
            {**ours, "type": {"eq": "preprint"}},
            [{"title": "ASC"}],
            [p["id"] for p in sorted((p for p in PAPERS if p["type"] == "preprint"), key=lambda p: p["title"])],
        ),
        (
            {**ours, "type": {"eq": "article"}},
            [{"title": "DESC"}],
            [
                p["id"]
                for p in sorted((p for p in PAPERS if p["type"] == "article"), key=lambda p: p["title"], reverse=True)
            ],
        ),
    ]
    for where, sort, expected in cases:
        got = await ask(runner, query, {"w": where, "s": sort})
        assert [n["id"] for n in got["papers"]["nodes"]] == expected


def _buckets(values: list[Any]) -> list[tuple[str | None, int]]:
    """Buckets as `groupBy` promises them: largest first, then by value, the missing value last."""
    counts: dict[Any, int] = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0] is None, kv[0] if kv[0] is not None else 0))
    return [(None if v is None else str(v), n) for v, n in ordered]


@pytest.mark.parametrize("fast", [True, False], ids=["fast", "ordinary"])
async def test_facets_count_the_whole_filtered_list(runner: Runner, collections: None, fast: bool) -> None:
    query = (
        f"{{ papers(where: {OURS}, first: 1) {{ totalCount "
        "years: groupBy(by: YEAR) { value count } types: groupBy(by: TYPE, first: 2) { value count } "
        "venues: groupBy(by: VENUE) { value count node { id } } topics: groupBy(by: TOPIC) { value count } "
        "institutions: groupBy(by: INSTITUTION) { value count } } }"
    )
    got = (await ask(runner, query, fast=fast))["papers"]
    pairs = {
        k: [(b["value"], b["count"]) for b in got[k]] for k in ("years", "types", "venues", "topics", "institutions")
    }
    assert pairs["years"] == _buckets([p["year"] for p in PAPERS])
    assert sum(n for _, n in pairs["years"]) == got["totalCount"] == len(PAPERS)
    assert pairs["types"] == _buckets([p["type"] for p in PAPERS])[:2]
    assert pairs["venues"] == _buckets(list(PUBLISHED.values()))
    assert [b["node"]["id"] for b in got["venues"]] == [v for v, _ in pairs["venues"]]
    assert pairs["topics"] == _buckets([t for ts in TAGGED.values() for t in ts])
    assert pairs["institutions"] == _buckets([i for p in PAPERS for i in sorted(institutions(p["id"]))])
    nested = await ask(
        runner,
        '{ researcher(id: "t-c-r1") { works(where: { year: { isNull: false } }) { totalCount groupBy(by: YEAR) '
        "{ value count } } } }",
        fast=fast,
    )
    mine = [p["year"] for p in PAPERS if "t-c-r1" in authors(p["id"]) and p["year"] is not None]
    works = nested["researcher"]["works"]
    assert [(b["value"], b["count"]) for b in works["groupBy"]] == _buckets(mine)
    assert works["totalCount"] == len(mine)
