"""The HTTP contract through Starlette's TestClient, with the lifespan running against the real Neo4j."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from starlette.testclient import TestClient

from app import create_app
from graphdb.config import Neo4jSettings
from graphdb.errors import DatabaseUnavailable
from graphdb.registry import QueryRegistry
from graphdb.runner import Runner, open_driver
from settings import Settings
from tests.documents import DOCS, Doc
from tests.fixtures import SOLO, SOLO_PAPER

HTTP_DOCS = (
    "paper with venue and authors",
    "same list twice under aliases with different arguments",
    "introspection beside a read",
    "page size out of range",
    "operation chosen by name",
    "deep nesting",
)


@pytest.fixture
def client(neo4j_settings: Neo4jSettings, runner: Runner) -> Iterator[TestClient]:
    # `runner` makes sure the database is seeded before the app starts.
    app = create_app(Settings(neo4j=neo4j_settings, environment="test"))
    with TestClient(app) as test_client:
        yield test_client


def test_health_and_readiness(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json() == {"status": "ready"}


def test_post_query_answers_from_neo4j(client: TestClient) -> None:
    response = client.post(
        "/graphql",
        json={
            "query": "query($id: ID!) { researcher(id: $id) { name works { nodes { title } } } }",
            "variables": {"id": SOLO.id},
        },
    )
    assert response.status_code == 200
    assert response.json() == {
        "data": {"researcher": {"name": SOLO.name, "works": {"nodes": [{"title": SOLO_PAPER.title}]}}}
    }


def test_get_query_is_served(client: TestClient) -> None:
    response = client.get("/graphql", params={"query": '{ paper(id: "t-p-solo") { title } }'})
    assert response.status_code == 200
    assert response.json() == {"data": {"paper": {"title": SOLO_PAPER.title}}}


def test_graphiql_is_served_to_browsers(client: TestClient) -> None:
    response = client.get("/graphql", headers={"accept": "text/html"})
    assert response.status_code == 200
    assert "graphiql" in response.text.lower()


def test_bad_bodies_are_4xx_not_500(client: TestClient) -> None:
    assert (
        client.post("/graphql", content=b"{not json", headers={"content-type": "application/json"}).status_code == 400
    )
    assert client.post("/graphql", json={"nothing": 1}).status_code == 400


@pytest.mark.parametrize(
    ("request_kwargs", "status", "code"),
    [
        ({"content": b"{not json", "headers": {"content-type": "application/json"}}, 400, "BAD_REQUEST"),
        ({"content": b"query { x }", "headers": {"content-type": "text/plain"}}, 415, "UNSUPPORTED_MEDIA_TYPE"),
        ({"json": [{"query": "{ __typename }"}, {"query": "{ __typename }"}]}, 400, "BATCHING_NOT_SUPPORTED"),
        ({"json": {"query": "query A { __typename }", "operationName": "B"}}, 400, "OPERATION_RESOLUTION_FAILURE"),
        ({"json": {"nothing": 1}}, 400, "BAD_REQUEST"),
    ],
    ids=["bad JSON", "wrong content type", "batch array", "unknown operation name", "no query"],
)
def test_transport_errors_answer_a_graphql_error_body(
    client: TestClient, request_kwargs: dict[str, Any], status: int, code: str
) -> None:
    response = client.post("/graphql", **request_kwargs)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"errors"}
    assert [e["extensions"]["code"] for e in body["errors"]] == [code]
    assert body["errors"][0]["message"]


def test_an_unsupported_method_is_405_with_allow(client: TestClient) -> None:
    response = client.put("/graphql", json={"query": "{ __typename }"})
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, POST"
    assert response.json()["errors"][0]["extensions"]["code"] == "METHOD_NOT_ALLOWED"


def test_errors_carry_codes_over_http(client: TestClient) -> None:
    query = '{ researcher(id: "t-r-hub") { works(first: -1) { totalCount } } }'
    response = client.post("/graphql", json={"query": query})
    body = response.json()
    assert body["data"] == {"researcher": None}
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


@pytest.mark.parametrize("doc", [d for d in DOCS if d.name in HTTP_DOCS], ids=lambda d: d.name)
def test_fast_and_ordinary_servers_send_the_same_bytes(neo4j_settings: Neo4jSettings, runner: Runner, doc: Doc) -> None:
    """The fast path keeps the HTTP contract: same status, content type and body as the ordinary path."""
    answers = []
    for fast in (True, False):
        app = create_app(Settings(neo4j=neo4j_settings, environment="test", fast_path=fast))
        with TestClient(app) as test_client:
            body = {"query": doc.query, "variables": doc.variables, "operationName": doc.operation}
            response = test_client.post("/graphql", json=body)
            answers.append((response.status_code, response.headers["content-type"], response.content))
    assert answers[0] == answers[1]
    assert answers[0][0] == 200


def test_readiness_is_503_when_neo4j_is_gone(client: TestClient, registry: QueryRegistry) -> None:
    # A port where nothing listens stands in for a Neo4j that went away after start-up.
    dead = Neo4jSettings(uri="bolt://127.0.0.1:9", connection_timeout_s=1.0)
    app = client.app
    live = app.state.runner  # type: ignore[attr-defined]
    app.state.runner = Runner(open_driver(dead), registry, "neo4j", 5.0)  # type: ignore[attr-defined]
    try:
        response = client.get("/readyz")
        assert response.status_code == 503
        assert response.json() == {"status": "unavailable", "code": "DATABASE_UNAVAILABLE"}
        failed = client.post("/graphql", json={"query": '{ researcher(id: "t-r-hub") { name } }'})
        assert failed.status_code == 200
        assert failed.json()["errors"][0]["extensions"]["code"] == "DATABASE_UNAVAILABLE"
        assert "9" not in failed.json()["errors"][0]["message"]  # no driver detail leaks
    finally:
        app.state.runner = live  # type: ignore[attr-defined]


def test_start_fails_clearly_when_neo4j_is_unreachable() -> None:
    dead = Neo4jSettings(uri="bolt://127.0.0.1:9", connection_timeout_s=1.0)
    with pytest.raises(DatabaseUnavailable), TestClient(create_app(Settings(neo4j=dead, environment="test"))):
        pass
