"""Schema migrations: applies every `cypher/constraints/*` statement, idempotently, in name order, and waits for
the indexes to be online; then derives the UNDER_TOPIC edges and gives order keys to edges written before they
existed (`rank_edges`).

Run by `make run`, by every import, by the test set-up and as `python -m graphdb migrate`; never on a request.
"""

from __future__ import annotations

from datetime import UTC, datetime

from graphdb import queries
from graphdb.order_keys import SEPARATOR, rank_params
from graphdb.runner import Runner, Tx

INDEX_WAIT_S = 300


async def apply_constraints(runner: Runner) -> list[str]:
    """Apply each constraint statement (all are `IF NOT EXISTS`), then wait until every index is online (a new
    full-text index is populated in the background, and searching it before then fails); returns their names in
    order."""
    names = sorted(name for name in runner.registry if name.startswith(queries.CONSTRAINTS_PREFIX))
    for name in names:
        await runner.write(name)
    await await_indexes(runner)
    return names


async def await_indexes(runner: Runner, seconds: int = INDEX_WAIT_S) -> None:
    """Wait until every index is online, at most `seconds` (in a transaction allowed that long)."""

    async def work(tx: Tx) -> None:
        await tx.run(queries.MIGRATE_AWAIT_INDEXES, {"seconds": seconds})

    await runner.write_transaction(queries.MIGRATE_AWAIT_INDEXES, work, timeout_s=seconds + 10)


RANK_CHUNK = 5_000


async def rank_edges(runner: Runner) -> int:
    """Derive the UNDER_TOPIC edges that a graph imported before they existed lacks, write the order keys (`rank`)
    it lacks, and rewrite every key when the graph's keys are in an older format (`graphdb.order_keys`), in
    chunks of papers and researchers; returns how many edges were derived or given a key (0 on a graph whose
    derived edges and keys are all current)."""
    total = await derive_under_topics(runner)
    for find, rank in (
        (queries.IMPORT_UNRANKED_PAPERS, queries.IMPORT_RANK_PAPERS),
        (queries.IMPORT_UNRANKED_RESEARCHERS, queries.IMPORT_RANK_AFFILIATIONS),
    ):
        while ids := [row["id"] for row in await runner.read(find, {"limit": RANK_CHUNK})]:
            rows = await runner.write(rank, rank_params(ids))
            done = int(rows[0]["ranked"]) if rows else 0
            if not done:
                break  # nothing left that this statement can key (edges to unexpected labels): do not loop
            total += done
    old = await runner.read(queries.IMPORT_OLD_RANK_KEYS, {"sep": SEPARATOR})
    if old and int(old[0]["old"]):
        total += await _rekey(runner)
    return total


async def derive_under_topics(runner: Runner) -> int:
    """Give every paper the UNDER_TOPIC edges its HAS_TOPIC and SUBTOPIC_OF edges imply and it lacks, walking the
    papers in id order; returns how many edges were created (their keys are written by `rank_edges` after)."""
    total = 0
    after = ""
    now = datetime.now(UTC)
    while True:
        rows = await runner.read(queries.IMPORT_UNDERIVED_PAPERS, {"after": after, "limit": RANK_CHUNK})
        if not rows or rows[0]["last"] is None:
            return total
        ids = [str(i) for i in rows[0]["ids"]]
        if ids:
            done = await runner.write(queries.IMPORT_LINK_UNDER_TOPICS, {"ids": ids, "now": now})
            total += int(done[0]["derived"]) if done else 0
        after = str(rows[0]["last"])


async def _rekey(runner: Runner) -> int:
    """Rewrite the order keys of every paper's and affiliated researcher's edges (the statements write only the
    keys that differ), walking the ids in order."""
    total = 0
    for find, rank in (
        (queries.IMPORT_PAPERS_AFTER, queries.IMPORT_RANK_PAPERS),
        (queries.IMPORT_AFFILIATED_AFTER, queries.IMPORT_RANK_AFFILIATIONS),
    ):
        after = ""
        while ids := [row["id"] for row in await runner.read(find, {"after": after, "limit": RANK_CHUNK})]:
            rows = await runner.write(rank, rank_params(ids))
            total += int(rows[0]["ranked"]) if rows else 0
            after = ids[-1]
    return total
