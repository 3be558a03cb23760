"""`python -m serve`: checks the configuration and Neo4j, prints the URL, and serves the app with uvicorn."""

from __future__ import annotations

import argparse
import asyncio
import sys

import uvicorn

from app import create_app
from graphdb.errors import GraphDbError
from graphdb.runner import connect
from settings import Settings, SettingsError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m serve", description=__doc__.splitlines()[0])
    parser.add_argument("--host", default=None, help="bind address (default: HOST or 127.0.0.1)")
    parser.add_argument("--port", type=int, default=None, help="port (default: PORT or 8000)")
    args = parser.parse_args(argv)
    try:
        settings = Settings.from_env()
    except SettingsError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    host = args.host or settings.host
    port = args.port or settings.port

    async def check() -> None:
        async with connect(settings.neo4j):
            pass

    try:
        asyncio.run(check())
    except GraphDbError as err:
        print(f"error: {err.code}: cannot reach Neo4j at {settings.neo4j.uri} ({err})", file=sys.stderr)
        return 1
    print(f"GraphQL{' and GraphiQL' if settings.graphiql else ''} on http://{host}:{port}/graphql", flush=True)
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info")
    return 0


if __name__ == "__main__":
    sys.exit(main())
