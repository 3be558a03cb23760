"""The Starlette application factory: GraphQL at /graphql, /healthz and /readyz."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import orjson
from cross_web import HTTPException
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL

from graphdb.errors import GraphDbError
from graphdb.registry import QueryRegistry
from graphdb.runner import Runner, open_driver
from resolvers.compiler import check_fragments
from resolvers.context import Context
from schema import build_schema
from settings import Settings

log = logging.getLogger("researchgraph")


# Transport errors (the request is not a GraphQL request we can run) by the start of Strawberry's reason: the
# stable code, and the status when it should not be Strawberry's 400.
TRANSPORT_ERRORS: tuple[tuple[str, str, int | None], ...] = (
    ("Unsupported content type", "UNSUPPORTED_MEDIA_TYPE", 415),
    ("Unable to parse request body as JSON", "BAD_REQUEST", None),
    ("Batching is not enabled", "BATCHING_NOT_SUPPORTED", None),
    ("Too many operations", "BATCHING_NOT_SUPPORTED", None),
    ("Unknown operation named", "OPERATION_RESOLUTION_FAILURE", None),
    ("GraphQL only supports GET and POST", "METHOD_NOT_ALLOWED", None),
    ("Not Found", "NOT_FOUND", None),
)


def transport_error(status: int, reason: str) -> Response:
    """A transport error as a GraphQL response body (`errors` with `extensions.code`, no `data`)."""
    code = "BAD_REQUEST"
    for prefix, known, known_status in TRANSPORT_ERRORS:
        if reason.startswith(prefix):
            code, status = known, known_status or status
            break
    headers = {"allow": "GET, POST"} if status == 405 else None
    body = {"errors": [{"message": reason, "extensions": {"code": code}}]}
    return Response(orjson.dumps(body), status_code=status, media_type="application/json", headers=headers)


class GraphQLEndpoint(GraphQL[Context, None]):
    """Strawberry's ASGI view with a fresh per-request context, encoding with orjson; transport errors answer
    with a GraphQL error body instead of Strawberry's plain text."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        request = Request(scope=scope, receive=receive)
        try:
            response = await self.run(request)
        except HTTPException as err:
            response = transport_error(err.status_code, err.reason)
        await response(scope, receive, send)

    async def get_context(self, request: Request | WebSocket, response: Response | WebSocket) -> Context:
        runner: Runner = request.app.state.runner
        settings: Settings = request.app.state.settings
        context = Context.create(runner, request=request, response=response)
        context.fast_path = settings.fast_path
        return context

    def encode_json(self, data: object) -> bytes:
        return orjson.dumps(data)


async def healthz(_: Request) -> Response:
    """The process is alive (says nothing about Neo4j)."""
    return JSONResponse({"status": "ok"})


async def readyz(request: Request) -> Response:
    """Neo4j answers a query: 200, else 503 with the error's code."""
    runner: Runner = request.app.state.runner
    try:
        await runner.verify()
    except GraphDbError as err:
        return JSONResponse({"status": "unavailable", "code": err.code}, status_code=503)
    return JSONResponse({"status": "ready"})


def create_app(settings: Settings | None = None) -> Starlette:
    """The app. The lifespan opens the driver, verifies Neo4j answers, loads the query registry."""
    settings = settings or Settings.from_env()
    schema = build_schema()

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        registry = QueryRegistry.load()
        check_fragments(schema._schema, registry)
        driver = open_driver(settings.neo4j)
        runner = Runner(driver, registry, settings.neo4j.database, settings.neo4j.query_timeout_s)
        try:
            await runner.verify()
        except BaseException:
            await driver.close()
            raise
        app.state.runner = runner
        app.state.settings = settings
        log.info("connected to Neo4j at %s (database %s)", settings.neo4j.uri, settings.neo4j.database)
        try:
            yield
        finally:
            await driver.close()

    graphql: Any = GraphQLEndpoint(schema, graphql_ide="graphiql" if settings.graphiql else None)
    routes = [
        Route("/graphql", graphql),
        Route("/healthz", healthz, methods=["GET"]),
        Route("/readyz", readyz, methods=["GET"]),
    ]
    return Starlette(routes=routes, lifespan=lifespan)
