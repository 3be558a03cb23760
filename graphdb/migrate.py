"""Schema migrations: applies every `cypher/constraints/*` statement, idempotently, in name order.

Run by `make run`, by the test set-up and as `python -m graphdb.migrate`; never on a request.
"""

from __future__ import annotations

import asyncio
import sys

from graphdb import queries
from graphdb.config import Neo4jSettings
from graphdb.errors import GraphDbError
from graphdb.runner import Runner, connect


async def apply_constraints(runner: Runner) -> list[str]:
    """Apply each constraint statement (all are `IF NOT EXISTS`); returns their names in order."""
    names = sorted(name for name in runner.registry if name.startswith(queries.CONSTRAINTS_PREFIX))
    for name in names:
        await runner.write(name)
    return names


async def _main() -> int:
    try:
        async with connect(Neo4jSettings.from_env()) as runner:
            names = await apply_constraints(runner)
    except GraphDbError as err:
        print(f"error: {err.code}: {err}", file=sys.stderr)
        return 1
    print(f"Schema up to date: {len(names)} constraints applied idempotently.")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(_main()))
