"""Schema migrations: applies every `cypher/constraints/*` statement, idempotently, in name order.

Run by `make run`, by every import, by the test set-up and as `python -m graphdb migrate`; never on a request.
"""

from __future__ import annotations

from graphdb import queries
from graphdb.runner import Runner


async def apply_constraints(runner: Runner) -> list[str]:
    """Apply each constraint statement (all are `IF NOT EXISTS`); returns their names in order."""
    names = sorted(name for name in runner.registry if name.startswith(queries.CONSTRAINTS_PREFIX))
    for name in names:
        await runner.write(name)
    return names
