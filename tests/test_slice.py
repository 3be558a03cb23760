"""The first vertical slice on a real Neo4j: researcher(id) and paper(id), one statement per root field."""

from __future__ import annotations

from typing import Any

import strawberry

from graphdb import queries
from graphdb.runner import Recording, Runner
from resolvers.context import Context
from schema import build_schema
from tests.fixtures import HUB, HUB_WORKS, SOLO, SOLO_PAPER, Expected

SCHEMA = build_schema()

PROFILE = """
query Profile($id: ID!, $works: Int = 20, $authors: Int = 50) {
  researcher(id: $id) {
    id name displayName bio orcid openToCollaborate
    works(first: $works) {
      id title abstract year type doi
      venue { id name kind }
      authors(first: $authors) { id name }
    }
  }
}
"""


async def run(
    schema: strawberry.Schema, context: Context, query: str, variables: dict[str, Any] | None = None
) -> tuple[Any, list[Any], Recording]:
    with Runner.recording() as rec:
        result = await schema.execute(query, variable_values=variables, context_value=context)
    return result.data, [e.formatted for e in result.errors or []], rec


def expected_work(paper_id: str, authors: int) -> dict[str, Any]:
    p = Expected.paper(paper_id)
    return {
        "id": p.id,
        "title": p.title,
        "abstract": p.abstract,
        "year": p.year,
        "type": p.type,
        "doi": p.doi,
        "venue": {"id": p.venue.id, "name": p.venue.name, "kind": p.venue.kind},
        "authors": [
            {"id": a.researcher.id, "name": a.researcher.name}
            for a in sorted(p.authors, key=lambda a: a.position)[:authors]
        ],
    }


async def test_profile_of_a_researcher_with_one_work_is_one_statement(context: Context) -> None:
    data, errors, rec = await run(SCHEMA, context, PROFILE, {"id": SOLO.id})
    assert errors == []
    assert rec.names == [queries.RESEARCHER_PROFILE]
    assert data == {
        "researcher": {
            "id": SOLO.id,
            "name": SOLO.name,
            "displayName": SOLO.display_name,
            "bio": SOLO.bio,
            "orcid": SOLO.orcid,
            "openToCollaborate": True,
            "works": [expected_work(SOLO_PAPER.id, 50)],
        }
    }


async def test_profile_of_a_researcher_with_200_works_is_one_statement(context: Context) -> None:
    data, errors, rec = await run(SCHEMA, context, PROFILE, {"id": HUB.id, "works": 200, "authors": 2})
    assert errors == []
    assert rec.names == [queries.RESEARCHER_PROFILE]
    assert rec.statements[0].params["worksLimit"] == 200
    works = data["researcher"]["works"]
    assert len(works) == HUB_WORKS
    assert works == [expected_work(p.id, 2) for p in Expected.works_of(HUB.id)]


async def test_works_default_to_a_page_of_20_newest_first(context: Context) -> None:
    data, errors, _ = await run(SCHEMA, context, '{ researcher(id: "t-r-hub") { works { id year } } }')
    assert errors == []
    assert [w["id"] for w in data["researcher"]["works"]] == [p.id for p in Expected.works_of(HUB.id)[:20]]


async def test_unselected_lists_are_not_read(context: Context) -> None:
    _, errors, rec = await run(SCHEMA, context, '{ researcher(id: "t-r-hub") { name } }')
    assert errors == []
    assert rec.statements[0].params == {"id": HUB.id, "worksLimit": 0, "authorsLimit": 0}


async def test_aliases_fragments_variables_and_skip_stay_one_statement(context: Context) -> None:
    query = """
    query($skipBio: Boolean!) {
      researcher(id: "t-r-hub") {
        ...Names
        bio @skip(if: $skipBio)
        recent: works(first: 2) { id }
        more: works(first: 5) { ... on Paper { id authors(first: 1) { id } } }
        hidden: works(first: 400) @skip(if: true) { id }
      }
    }
    fragment Names on Researcher { name displayName }
    """
    data, errors, rec = await run(SCHEMA, context, query, {"skipBio": True})
    assert errors == []
    assert rec.names == [queries.RESEARCHER_PROFILE]
    assert rec.statements[0].params["worksLimit"] == 5  # the skipped 400 is not fetched
    order = Expected.works_of(HUB.id)
    assert data["researcher"] == {
        "name": HUB.name,
        "displayName": HUB.display_name,
        "recent": [{"id": p.id} for p in order[:2]],
        "more": [{"id": p.id, "authors": [{"id": Expected.author_ids(p)[0]}]} for p in order[:5]],
    }


async def test_unknown_ids_are_null(context: Context) -> None:
    data, errors, rec = await run(SCHEMA, context, '{ researcher(id: "nobody") { name } paper(id: "none") { id } }')
    assert errors == []
    assert data == {"researcher": None, "paper": None}
    assert sorted(rec.names) == sorted([queries.RESEARCHER_PROFILE, queries.PAPER_BY_ID])


async def test_paper_with_venue_and_ordered_authors(context: Context) -> None:
    paper = Expected.paper("t-p-hub-005")
    query = '{ paper(id: "t-p-hub-005") { id title year venue { name } authors { id } } }'
    data, errors, rec = await run(SCHEMA, context, query)
    assert errors == []
    assert rec.names == [queries.PAPER_BY_ID]
    assert data["paper"] == {
        "id": paper.id,
        "title": paper.title,
        "year": paper.year,
        "venue": {"name": paper.venue.name},
        "authors": [{"id": i} for i in Expected.author_ids(paper)],
    }


async def test_levels_below_the_statement_are_batched(context: Context) -> None:
    query = '{ paper(id: "t-p-solo") { authors { id works(first: 3) { id authors { id } } } } }'
    data, errors, rec = await run(SCHEMA, context, query)
    assert errors == []
    # One statement for the root, then one batched statement per deeper level, whatever the fan-out.
    assert rec.names == [queries.PAPER_BY_ID, queries.RESEARCHER_WORKS_BY_IDS, queries.PAPER_AUTHORS_BY_IDS]
    assert rec.statements[1].params["ids"] == sorted([SOLO.id, "t-r-co"])
    solo = data["paper"]["authors"][0]
    assert solo["id"] == SOLO.id
    assert solo["works"] == [{"id": SOLO_PAPER.id, "authors": [{"id": SOLO.id}, {"id": "t-r-co"}]}]


async def test_out_of_range_page_size_is_a_coded_error(context: Context) -> None:
    data, errors, _ = await run(SCHEMA, context, '{ researcher(id: "t-r-hub") { works(first: 100000) { id } } }')
    assert data == {"researcher": None}
    assert len(errors) == 1
    assert errors[0]["extensions"] == {"code": "BAD_USER_INPUT"}
    assert errors[0]["path"] == ["researcher", "works"]
    assert "between 0 and 500" in errors[0]["message"]


async def test_invalid_documents_get_codes(context: Context) -> None:
    _, errors, rec = await run(SCHEMA, context, '{ researcher(id: "x") { nope } }')
    assert errors[0]["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"
    _, errors, _ = await run(SCHEMA, context, "{ researcher(id: ")
    assert errors[0]["extensions"]["code"] == "GRAPHQL_PARSE_FAILED"
    _, errors, _ = await run(
        SCHEMA, context, 'query($n: Int!) { researcher(id: "x") { works(first: $n) { id } } }', {"n": "ten"}
    )
    assert errors[0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert rec.names == []


async def test_cypher_looking_input_is_only_ever_a_parameter(context: Context, runner: Runner) -> None:
    before = (await runner.read("testing/counts"))[0]
    evil = "t-r-hub'}) DETACH DELETE r //"
    query = (
        "query($id: ID!) { researcher(id: $id) { name } "
        'injected: paper(id: "x\\") MATCH (n) DETACH DELETE n //") { id } }'
    )
    data, errors, rec = await run(SCHEMA, context, query, {"id": evil})
    assert errors == []
    assert data == {"researcher": None, "injected": None}
    assert sorted(s.params["id"] for s in rec.statements) == sorted([evil, 'x") MATCH (n) DETACH DELETE n //'])
    assert (await runner.read("testing/counts"))[0] == before


async def test_over_deep_or_alias_heavy_documents_are_refused_before_any_statement(context: Context) -> None:
    deep = '{ researcher(id: "t-r-hub") { works { authors { works { authors { works { authors { works { authors {'
    deep += " works { authors { works { id } } } } } } } } } } } } }"
    _, errors, rec = await run(SCHEMA, context, deep)
    assert errors
    assert errors[0]["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"
    assert "depth" in errors[0]["message"]
    many = "{ " + " ".join(f'a{i}: researcher(id: "t-r-hub") {{ id }}' for i in range(40)) + " }"
    _, errors, rec2 = await run(SCHEMA, context, many)
    assert errors[0]["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"
    assert "alias" in errors[0]["message"].lower()
    assert rec.names == rec2.names == []
