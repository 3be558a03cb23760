"""The Starlette application factory: GraphQL at /graphql, /healthz and /readyz."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import orjson
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL

from graphdb.errors import GraphDbError
from graphdb.registry import QueryRegistry
from graphdb.runner import Runner, open_driver
from resolvers.context import Context
from resolvers.plan import check_fragments
from schema import build_schema
from settings import Settings

log = logging.getLogger("researchgraph")


class GraphQLEndpoint(GraphQL[Context, None]):
    """Strawberry's ASGI view with a fresh per-request context, encoding with orjson."""

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
