"""Search and typeahead on the real Neo4j, over a fixture of its own (`testing/load_search`): ranking, type
filters, cursor paging, Lucene metacharacters, the LUCENE syntax, suggestions for prefixes of names, page-size
caps, and a PROFILE check that the statement reads the full-text indexes. Expected answers are computed here from
the fixture's own text (`TOKEN_RE` stands in for the indexes' analyzer on these texts), not read back from the API.
"""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any, Final

import pytest
from graphql import OperationDefinitionNode, parse

from graphdb.errors import GraphDbError, SearchQueryInvalid
from graphdb.runner import Runner
from resolvers import execution
from schema import build_schema
from schema.search import SEARCH_INDEXES, SUGGEST_INDEXES
from tests.documents import Doc
from tests.execution import execute
from tests.fixtures import HUB, PAPERS

SCHEMA = build_schema()
# What the standard analyzer makes of the fixture's texts: lower-cased runs of letters and digits, kept together
# across `:`, `'` and `.` between letters (UAX#29: `title:foo` and `zymurgy's` are one token each).
TOKEN_RE: Final = re.compile(r"\w+(?:[:'.]\w+)*")


@dataclass(frozen=True, slots=True)
class Item:
    """A fixture node: its type, id and the text of each property its indexes read (None when unset)."""

    type: str
    id: str
    fields: tuple[str | None, ...]

    @property
    def label(self) -> str:
        return next(f for f in self.fields if f is not None)

    def tokens(self, field: int | None = None) -> set[str]:
        texts = self.fields if field is None else self.fields[field : field + 1]
        return {t.lower() for text in texts if text for t in TOKEN_RE.findall(text)}


ABSTRACT = (
    "A note on brewing practice over many seasons in several regions with long tables of results and a short "
    "remark on zymurgy near the end of this rather long and unbalanced abstract"
)
PAPERS_S: Final = (
    Item("Paper", "t-s-p-twice", ("Zymurgy and zymurgy again", None)),
    Item("Paper", "t-s-p-once-2", ("Zymurgy for vintners", None)),
    Item("Paper", "t-s-p-once-1", ("Zymurgy for brewers", None)),
    Item("Paper", "t-s-p-abstract", ("Notes on brewing", ABSTRACT)),
    Item("Paper", "t-s-p-cpp", ("C++ compilers for title:foo", 'An "unbalanced quote, and (parentheses)')),
)
RESEARCHERS_S: Final = (
    Item("Researcher", "t-s-r-1", ("Zelda Zymurgist", "Z. Zymurgist")),
    Item("Researcher", "t-s-r-2", ("Zymurgy Smith", None)),
)
NAMED_S: Final = (
    Item("Topic", "t-s-t-1", ("Zymurgy",)),
    Item("Topic", "t-s-t-2", ("Zymology",)),
    Item("Topic", "t-s-t-3", ("Applied zymurgy",)),
    Item("Topic", "t-s-t-4", ("Zymurgy's history",)),
    Item("Institution", "t-s-i-1", ("Institute of Zymurgy",)),
    Item("Venue", "t-s-v-1", ("Journal of Zymurgy",)),
    Item("Venue", "t-s-v-2", ("Zymurgy Letters",)),
    # Ids are unique per label only: a venue and an institution may share a `name:` key.
    Item("Institution", "t-s-shared", ("Sharedname Institute",)),
    Item("Venue", "t-s-shared", ("Sharedname Review",)),
)
ITEMS: Final = PAPERS_S + RESEARCHERS_S + NAMED_S
TYPES: Final = {t.upper(): t for t in ("Researcher", "Paper", "Topic", "Institution", "Venue")}


def standard_items() -> list[Item]:
    """The session's standard fixture as the indexes see it (papers, their authors and venues)."""
    found: dict[tuple[str, str], Item] = {}
    for paper in PAPERS:
        found[("Paper", paper.id)] = Item("Paper", paper.id, (paper.title, paper.abstract))
        found[("Venue", paper.venue.id)] = Item("Venue", paper.venue.id, (paper.venue.name,))
        for a in paper.authors:
            r = a.researcher
            found[("Researcher", r.id)] = Item("Researcher", r.id, (r.name, r.display_name))
    return list(found.values())


EVERYTHING: Final = [*standard_items(), *ITEMS]


def having(token: str, types: list[str] | None = None) -> set[tuple[str, str]]:
    """(type, id) of the nodes whose indexed text holds the token, among the chosen types."""
    chosen = set(TYPES.values()) if types is None else {TYPES[t] for t in types}
    return {(i.type, i.id) for i in EVERYTHING if i.type in chosen and token in i.tokens()}


@pytest.fixture(scope="module")
async def search_graph(runner: Runner) -> AsyncIterator[None]:
    await runner.write(
        "testing/load_search",
        {
            "papers": [{"id": p.id, "title": p.fields[0], "abstract": p.fields[1], "year": 2020} for p in PAPERS_S],
            "researchers": [{"id": r.id, "name": r.fields[0], "displayName": r.fields[1]} for r in RESEARCHERS_S],
            "named": [{"id": n.id, "name": n.fields[0], "type": n.type} for n in NAMED_S],
        },
    )
    yield
    await runner.write("testing/drop_search")


async def ask(runner: Runner, query: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
    text, _, _ = await execute(SCHEMA, runner, Doc("search", query, variables or {}), fast=True)
    answer: dict[str, Any] = json.loads(text)
    return answer


async def hits(runner: Runner, text: str, **args: Any) -> list[dict[str, Any]]:
    """Every hit of a search, in order, from one page of up to 100."""
    types = args.get("types")
    answer = await ask(
        runner,
        "query Q($t: String!, $types: [SearchType!], $syntax: SearchSyntax = PLAIN) { "
        "search(text: $t, types: $types, first: 100, syntax: $syntax) { totalCount pageInfo { hasNextPage } "
        "edges { score cursor node { __typename id } } } }",
        {"t": text, "types": types, **({"syntax": args["syntax"]} if "syntax" in args else {})},
    )
    assert "errors" not in answer, answer
    page = answer["data"]["search"]
    assert page["totalCount"] == len(page["edges"])
    assert not page["pageInfo"]["hasNextPage"]
    return [{"score": e["score"], "type": e["node"]["__typename"], "id": e["node"]["id"]} for e in page["edges"]]


def found(edges: list[dict[str, Any]]) -> set[tuple[str, str]]:
    return {(e["type"], e["id"]) for e in edges}


def assert_ordered(edges: list[dict[str, Any]]) -> None:
    keys = [(-e["score"], e["id"], e["type"]) for e in edges]
    assert keys == sorted(keys)
    assert len(set(keys)) == len(keys)


# -- ranking and types ---------------------------------------------------------------------------------------------


async def test_a_word_twice_in_a_title_outranks_it_once_and_once_in_an_abstract(
    runner: Runner, search_graph: None
) -> None:
    papers = await hits(runner, "zymurgy", types=["PAPER"])
    assert [p["id"] for p in papers] == ["t-s-p-twice", "t-s-p-once-1", "t-s-p-once-2", "t-s-p-abstract"]
    twice, once_1, once_2, abstract = (p["score"] for p in papers)
    assert twice > once_1 == once_2 > abstract  # the same title length scores the same: the tie goes by id


async def test_all_types_merge_by_score_then_id(runner: Runner, search_graph: None) -> None:
    edges = await hits(runner, "zymurgy")
    assert found(edges) == having("zymurgy")
    assert_ordered(edges)
    # A one-word name that is the word itself is the best hit of its type.
    assert next(e for e in edges if e["type"] == "Topic")["id"] == "t-s-t-1"


@pytest.mark.parametrize("types", [["PAPER"], ["RESEARCHER"], ["TOPIC", "VENUE"], ["INSTITUTION"], [], None])
async def test_types_choose_the_indexes(runner: Runner, search_graph: None, types: list[str] | None) -> None:
    edges = await hits(runner, "zymurgy", types=types)
    assert found(edges) == having("zymurgy", types)
    assert_ordered(edges)


async def test_any_word_matches_and_more_words_rank_higher(runner: Runner, search_graph: None) -> None:
    edges = await hits(runner, "zymurgy brewers", types=["PAPER"])
    assert found(edges) == having("zymurgy", ["PAPER"]) | having("brewers", ["PAPER"])
    assert edges[0]["id"] == "t-s-p-once-1"  # the only paper with both words


# -- paging --------------------------------------------------------------------------------------------------------

PAGE_QUERY = (
    "query P($t: String!, $n: Int!, $after: String) { search(text: $t, first: $n, after: $after) { totalCount "
    "pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor score node { __typename id } } } }"
)


async def pages(runner: Runner, text: str, size: int) -> tuple[list[dict[str, Any]], list[int]]:
    """All hits page by page, following `endCursor`; and every page's totalCount."""
    out: list[dict[str, Any]] = []
    totals: list[int] = []
    after: str | None = None
    while True:
        answer = await ask(runner, PAGE_QUERY, {"t": text, "n": size, "after": after})
        page = answer["data"]["search"]
        info, edges = page["pageInfo"], page["edges"]
        totals.append(page["totalCount"])
        assert info["hasPreviousPage"] is (after is not None)
        assert len(edges) <= size
        if edges:
            assert (info["startCursor"], info["endCursor"]) == (edges[0]["cursor"], edges[-1]["cursor"])
        else:
            assert info["startCursor"] is info["endCursor"] is None
        out += [{"score": e["score"], "type": e["node"]["__typename"], "id": e["node"]["id"]} for e in edges]
        if not info["hasNextPage"]:
            return out, totals
        assert len(edges) == size
        after = info["endCursor"]


@pytest.mark.parametrize("size", [1, 2, 5])
async def test_pages_concatenate_to_the_single_page(runner: Runner, search_graph: None, size: int) -> None:
    whole = await hits(runner, "zymurgy")
    paged, totals = await pages(runner, "zymurgy", size)
    assert paged == whole
    assert set(totals) == {len(whole)}


async def test_pages_go_through_every_hit_of_a_long_list_once(runner: Runner, search_graph: None) -> None:
    paged, totals = await pages(runner, "hub", 50)
    expected = having("hub")
    assert len(paged) == len(expected) == 201
    assert found(paged) == expected
    assert set(totals) == {201}
    assert_ordered(paged)
    papers = [e for e in paged if e["type"] == "Paper"]
    assert len({e["score"] for e in papers}) == 1  # "Hub paper <i>": equal titles' scores, so the order is by id
    assert [e["id"] for e in papers] == sorted(p.id for p in PAPERS if p.id.startswith("t-p-hub-"))
    assert ("Researcher", HUB.id) in found(paged)


async def test_a_page_of_none_still_says_what_follows(runner: Runner, search_graph: None) -> None:
    answer = await ask(runner, PAGE_QUERY, {"t": "zymurgy", "n": 0, "after": None})
    page = answer["data"]["search"]
    assert page["edges"] == []
    assert page["pageInfo"]["hasNextPage"] is True
    assert page["totalCount"] == len(having("zymurgy"))


async def test_a_cursor_past_the_last_hit_gives_an_empty_last_page(runner: Runner, search_graph: None) -> None:
    whole = await hits(runner, "zymurgy")
    answer = await ask(runner, PAGE_QUERY, {"t": "zymurgy", "n": len(whole), "after": None})
    last_cursor = answer["data"]["search"]["pageInfo"]["endCursor"]
    after = await ask(runner, PAGE_QUERY, {"t": "zymurgy", "n": 3, "after": last_cursor})
    page = after["data"]["search"]
    assert page["edges"] == []
    assert page["pageInfo"]["hasNextPage"] is False
    assert page["pageInfo"]["hasPreviousPage"]


async def test_the_type_breaks_a_tie_of_score_and_id(runner: Runner, search_graph: None) -> None:
    # A Lucene prefix query scores every match 1.0, whatever the index: the two nodes tie on score and id.
    whole = await hits(runner, "sharedname*", syntax="LUCENE")
    assert [(e["score"], e["id"], e["type"]) for e in whole] == [
        (1.0, "t-s-shared", "Institution"),
        (1.0, "t-s-shared", "Venue"),
    ]
    answer = await ask(
        runner,
        'query Q($after: String) { search(text: "sharedname*", syntax: LUCENE, first: 1, after: $after) { '
        "pageInfo { hasNextPage endCursor } edges { node { __typename } } } }",
    )
    first = answer["data"]["search"]
    assert [e["node"]["__typename"] for e in first["edges"]] == ["Institution"]
    assert first["pageInfo"]["hasNextPage"]
    answer = await ask(
        runner,
        'query Q($after: String) { search(text: "sharedname*", syntax: LUCENE, first: 1, after: $after) { '
        "pageInfo { hasNextPage } edges { node { __typename } } } }",
        {"after": first["pageInfo"]["endCursor"]},
    )
    second = answer["data"]["search"]
    assert [e["node"]["__typename"] for e in second["edges"]] == ["Venue"]
    assert not second["pageInfo"]["hasNextPage"]


@pytest.mark.parametrize(
    "cursor", ["nope", "bm9wZQ==", "WzEsMiwzXQ==", "WyJ4IiwiaWQiLCJQYXBlciJd", "", "W05hTiwiaWQiLCJQYXBlciJd", "é"]
)
async def test_a_cursor_this_field_did_not_give_is_bad_user_input(runner: Runner, cursor: str) -> None:
    answer = await ask(runner, PAGE_QUERY, {"t": "zymurgy", "n": 3, "after": cursor})
    assert [e["extensions"]["code"] for e in answer["errors"]] == ["BAD_USER_INPUT"]


# -- what the text may hold ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("C++ (compilers)", ["c", "compilers"]),
        ("title:foo", ["title:foo"]),
        ("a AND", ["a", "and"]),
        ('"unbalanced', ["unbalanced"]),
        ("*", []),
        ("zymurgy~2 -zymurgy +brewers", ["zymurgy", "brewers"]),
        ("(zymurgy) [brewers] {vintners}", ["zymurgy", "brewers", "vintners"]),
        ("NOT OR AND && || ! ^ ? : \\ /", ["not", "or", "and"]),
        ("zymurgy* zymurgy? /zym.*/", ["zymurgy"]),
    ],
)
async def test_lucene_metacharacters_match_literally(
    runner: Runner, search_graph: None, text: str, tokens: list[str]
) -> None:
    edges = await hits(runner, text, types=["PAPER"])
    expected = set().union(*(having(t, ["PAPER"]) for t in tokens)) if tokens else set()
    assert found(edges) == expected


@pytest.mark.parametrize("text", ["", "   ", "\t\n"])
async def test_an_empty_text_finds_nothing(runner: Runner, text: str) -> None:
    for syntax in ("PLAIN", "LUCENE"):
        assert await hits(runner, text, syntax=syntax) == []


async def test_lucene_syntax_passes_through(runner: Runner, search_graph: None) -> None:
    title_only = await hits(runner, "title:zymurgy AND NOT abstract:zymurgy", types=["PAPER"], syntax="LUCENE")
    expected = {(i.type, i.id) for i in PAPERS_S if "zymurgy" in i.tokens(0) and "zymurgy" not in i.tokens(1)}
    assert found(title_only) == expected
    prefixed = await hits(runner, "zym*", types=["TOPIC"], syntax="LUCENE")
    assert found(prefixed) == {(i.type, i.id) for i in NAMED_S if i.type == "Topic"}


@pytest.mark.parametrize(
    "text", ["a AND", '"unbalanced', "title:(", "(zymurgy", "zymurgy^", "[a TO", "\\", "/[/", "/a{1000000}/", "~"]
)
async def test_a_lucene_query_that_does_not_parse_is_bad_user_input(runner: Runner, text: str) -> None:
    answer = await ask(runner, "query Q($t: String!) { search(text: $t, syntax: LUCENE) { totalCount } }", {"t": text})
    assert answer["data"] is None
    ((error,),) = [answer["errors"]]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert error["message"].startswith("The search text is not a query Lucene can run: ")


@pytest.mark.parametrize(("index", "query", "refused"), [("paper_text", "/[/", True), ("nope", "zymurgy", False)])
async def test_only_the_clients_query_is_the_clients_mistake(
    runner: Runner, index: str, query: str, refused: bool
) -> None:
    text = "CALL db.index.fulltext.queryNodes($index, $query) YIELD node RETURN node"
    with pytest.raises(GraphDbError) as caught:
        await runner.read_planned("plan/test", text, {"index": index, "query": query})
    assert isinstance(caught.value, SearchQueryInvalid) is refused
    assert caught.value.code == ("BAD_USER_INPUT" if refused else "INTERNAL_SERVER_ERROR")


# -- typeahead -----------------------------------------------------------------------------------------------------

SUGGEST = "query S($p: String!, $n: Int = 50) { suggest(prefix: $p, first: $n) { label score node { __typename id } } }"


def starting(prefix: str) -> list[tuple[str, str, str]]:
    """(label, type, id) of the nodes with a label token that starts with the prefix, as a one-word incomplete prefix
    ranks them: every match scores the same, so the shorter label first, then id, then type."""
    items = [i for i in EVERYTHING if any(t.startswith(prefix) for t in TOKEN_RE.findall(i.label.lower()))]
    return [(i.label, i.type, i.id) for i in sorted(items, key=lambda i: (len(i.label), i.id, i.type))]


@pytest.mark.parametrize("prefix", ["zym", "Zymu", "zymo", "jour", "coll", "brew", "vint"])
async def test_suggestions_for_prefixes_of_names(runner: Runner, search_graph: None, prefix: str) -> None:
    expected = starting(prefix.lower())
    answer = await ask(runner, SUGGEST, {"p": prefix})
    got = answer["data"]["suggest"]
    assert [(s["label"], s["node"]["__typename"], s["node"]["id"]) for s in got] == expected[:50]
    assert {s["score"] for s in got} <= {1.0}  # Lucene's prefix query scores every match alike


def labelled(match: Any) -> set[str]:
    """Ids of the nodes with a label token for which `match(token)` holds."""
    return {i.id for i in EVERYTHING if any(match(t) for t in TOKEN_RE.findall(i.label.lower()))}


async def test_a_completed_word_ranks_above_longer_words_it_begins(runner: Runner, search_graph: None) -> None:
    answer = await ask(runner, SUGGEST, {"p": "zymurgy"})
    got = [(s["node"]["id"], s["score"]) for s in answer["data"]["suggest"]]
    exact = labelled(lambda t: t == "zymurgy")
    longer = labelled(lambda t: t.startswith("zymurgy")) - exact
    assert longer == {"t-s-t-4"}  # "Zymurgy's history": the standard tokenizer keeps the possessive in the token
    assert {i for i, _ in got} == exact | longer
    assert len(got) == len(exact | longer)
    assert {i for i, _ in got[: len(exact)]} == exact
    assert all(score > 1.0 for _, score in got[: len(exact)])
    assert [score for _, score in got[len(exact) :]] == [1.0]
    topics = [i for i, _ in got if i.startswith("t-s-t-")]
    assert topics == ["t-s-t-1", "t-s-t-3", "t-s-t-4"]  # the word alone, in a longer name, then only begun


async def test_a_prefix_ending_in_a_space_completes_its_word(runner: Runner, search_graph: None) -> None:
    answer = await ask(runner, SUGGEST, {"p": "zymurgy "})
    assert {s["node"]["id"] for s in answer["data"]["suggest"]} == labelled(lambda t: t == "zymurgy")


@pytest.mark.parametrize(
    ("prefix", "ids"),
    [
        ("zelda zym", ["t-s-r-1"]),
        ("Journal of Zym", ["t-s-v-1"]),
        ("C++ comp", ["t-s-p-cpp"]),
        ("zymurgy for v", ["t-s-p-once-2"]),
        ("title:f", []),  # `title:` must match as a word of its own, and the title holds the token `title:foo`
    ],
)
async def test_every_word_of_a_prefix_must_match(
    runner: Runner, search_graph: None, prefix: str, ids: list[str]
) -> None:
    answer = await ask(runner, SUGGEST, {"p": prefix})
    assert [s["node"]["id"] for s in answer["data"]["suggest"]] == ids


@pytest.mark.parametrize("prefix", ["", " ", "  \t ", "(", "*", '"', "&& ||"])
async def test_an_empty_prefix_suggests_nothing(runner: Runner, search_graph: None, prefix: str) -> None:
    answer = await ask(runner, SUGGEST, {"p": prefix})
    assert answer == {"data": {"suggest": []}}


async def test_suggestions_are_a_prefix_of_longer_lists(runner: Runner, search_graph: None) -> None:
    longest = (await ask(runner, SUGGEST, {"p": "zym", "n": 50}))["data"]["suggest"]
    for n in (0, 1, 3, 7):
        assert (await ask(runner, SUGGEST, {"p": "zym", "n": n}))["data"]["suggest"] == longest[:n]


# -- caps ------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "variables", "ok"),
    [
        ('query Q($n: Int!) { search(text: "zymurgy", first: $n) { totalCount } }', {"n": 100}, True),
        ('query Q($n: Int!) { search(text: "zymurgy", first: $n) { totalCount } }', {"n": 101}, False),
        ('query Q($n: Int!) { search(text: "zymurgy", first: $n) { totalCount } }', {"n": -1}, False),
        ('query Q($n: Int!) { suggest(prefix: "zym", first: $n) { label } }', {"n": 50}, True),
        ('query Q($n: Int!) { suggest(prefix: "zym", first: $n) { label } }', {"n": 51}, False),
        ("query Q($p: String!) { suggest(prefix: $p) { label } }", {"p": "z" * 100}, True),
        ("query Q($p: String!) { suggest(prefix: $p) { label } }", {"p": "z" * 101}, False),
        ("query Q($t: String!) { search(text: $t) { totalCount } }", {"t": "zymurgy " * 62 + "zymu"}, True),
        ("query Q($t: String!) { search(text: $t) { totalCount } }", {"t": "z" * 501}, False),
    ],
)
async def test_page_sizes_and_lengths_are_capped(
    runner: Runner, search_graph: None, query: str, variables: dict[str, Any], ok: bool
) -> None:
    answer = await ask(runner, query, variables)
    if ok:
        assert "errors" not in answer, answer
    else:
        assert [e["extensions"]["code"] for e in answer["errors"]] == ["BAD_USER_INPUT"]


# -- the plan --------------------------------------------------------------------------------------------------------


async def test_the_indexes_the_mappings_name_are_online(runner: Runner) -> None:
    """Every full-text index a `Search` or `Suggest` mapping reads exists, over its label and properties, and the
    set-up (`apply_constraints`) has waited for it to be online."""
    rows = await runner.read("testing/fulltext_indexes")
    online = {row["name"]: (row["labels"], row["properties"]) for row in rows if row["state"] == "ONLINE"}
    for index in (*SEARCH_INDEXES, *SUGGEST_INDEXES):
        assert online.get(index.index) == ([index.label], list(index.props)), index


async def test_each_root_field_runs_one_statement(runner: Runner, search_graph: None) -> None:
    query = (
        '{ a: search(text: "zymurgy") { totalCount edges { node { id ... on Paper { authors { researcher { id } } } '
        '} } } b: suggest(prefix: "zym") { label node { ... on Venue { works { totalCount } } } } }'
    )
    for fast in (True, False):
        _, _, rec = await execute(SCHEMA, runner, Doc("two roots", query), fast=fast)
        assert sorted(rec.names) == ["plan/Query.search", "plan/Query.suggest"]


async def profiled(runner: Runner, query: str) -> tuple[int, set[str]]:
    """The db hits and operators of the one statement planned for the query's root field."""
    operation = parse(query).definitions[0]
    assert isinstance(operation, OperationDefinitionNode)
    plan = SCHEMA.plans.plan(SCHEMA._schema, runner.registry, operation, {}, {})
    (root,) = plan.roots.values()
    result = await runner.driver.execute_query(
        "PROFILE " + root.text, execution.bind(root, {}), database_=runner.database
    )
    profile: dict[str, Any] = result.summary.profile  # type: ignore[assignment]

    def walk(step: dict[str, Any]) -> tuple[int, set[str]]:
        total, ops = int(step.get("dbHits", 0)), {str(step["operatorType"]).split("@")[0]}
        for child in step.get("children", []):
            h, o = walk(child)
            total, ops = total + h, ops | o
        return total, ops

    return walk(profile)


SCANS: Final = {"AllNodesScan", "NodeByLabelScan", "NodeIndexScan", "NodeIndexContainsScan", "NodeIndexEndsWithScan"}


@pytest.mark.parametrize(
    "query",
    [
        '{ search(text: "hub", first: 5) { totalCount edges { score node { id ... on Paper { title } } } } }',
        '{ search(text: "hub", first: 5) { edges { cursor node { id } } } }',
        '{ suggest(prefix: "hu", first: 5) { label node { id } } }',
    ],
)
async def test_the_statement_reads_the_full_text_indexes(runner: Runner, search_graph: None, query: str) -> None:
    hits_read, operators = await profiled(runner, query)
    assert "ProcedureCall" in operators, operators
    assert not operators & SCANS, operators
    # Reading the hub's 201 hits costs their ids, then the page's properties: no scan of a label.
    assert hits_read < 4 * 201 + 100, hits_read
