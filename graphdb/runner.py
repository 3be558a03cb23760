"""The runner: the only code that calls the Neo4j driver.

It names the database, routes reads as reads, tags each transaction with the statement's name (so
Neo4j's transaction listing and query log show it), runs in managed transactions (which retry
transient errors) and maps driver errors to the project's own errors in one place.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, TypeVar

from neo4j import (
    AsyncDriver,
    AsyncGraphDatabase,
    AsyncManagedTransaction,
    NotificationMinimumSeverity,
    Query,
    RoutingControl,
    unit_of_work,
)
from neo4j.exceptions import DriverError, Neo4jError

from graphdb import queries
from graphdb.config import Neo4jSettings
from graphdb.errors import QueryFailed, map_driver_error
from graphdb.registry import QueryRegistry

Row = dict[str, Any]
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Executed:
    """One statement the runner sent: its name, parameters, routing and time taken."""

    name: str
    params: Mapping[str, Any]
    mode: str
    seconds: float
    text: str | None = None  # the statement text, for planned statements


@dataclass(slots=True)
class Recording:
    """The statements run inside a `Runner.recording()` block, in order."""

    statements: list[Executed] = field(default_factory=list)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.statements]


_recording: ContextVar[Recording | None] = ContextVar("graphdb_recording", default=None)


def open_driver(settings: Neo4jSettings) -> AsyncDriver:
    """A new async driver for the settings (not yet connected)."""
    return AsyncGraphDatabase.driver(
        settings.uri,
        auth=settings.auth,
        connection_timeout=settings.connection_timeout_s,
        max_connection_pool_size=settings.max_pool_size,
        max_transaction_retry_time=settings.retry_time_s,
        user_agent="researchgraph/0.1",
        # Notifications (e.g. "relationship type does not exist yet" on an empty graph) are not errors;
        # the server stops sending them instead of the driver logging each one as a warning.
        notifications_min_severity=NotificationMinimumSeverity.OFF,
    )


class Runner:
    """Runs registry statements by name, with parameters only."""

    def __init__(self, driver: AsyncDriver, registry: QueryRegistry, database: str, timeout_s: float) -> None:
        self.driver = driver
        self.registry = registry
        self.database = database
        self.timeout_s = timeout_s

    async def read(self, name: str, params: Mapping[str, Any] | None = None) -> list[Row]:
        """Run a read statement in a managed read transaction; rows as dicts keyed by column."""
        return await self._run(name, params or {}, RoutingControl.READ)

    async def write(self, name: str, params: Mapping[str, Any] | None = None) -> list[Row]:
        """Run a write statement in a managed write transaction (retried on transient errors)."""
        return await self._run(name, params or {}, RoutingControl.WRITE)

    async def write_transaction(
        self, label: str, work: Callable[[Tx], Awaitable[T]], *, timeout_s: float | None = None
    ) -> T:
        """Run several statements in ONE managed write transaction: all of them land, or none does.

        `work` receives a `Tx` and may run any registry statements through it, using earlier results in
        later statements. On a transient error the driver rolls back and calls `work` again, so it must
        not keep state from a failed attempt. Driver errors are mapped as in `read`/`write`. `timeout_s`
        replaces the request timeout for long batch work (imports).
        """

        async def unit(tx: AsyncManagedTransaction) -> T:
            return await work(Tx(self, tx))

        timeout = self.timeout_s if timeout_s is None else timeout_s
        fn = unit_of_work(metadata={"app": "researchgraph", "query": label}, timeout=timeout)(unit)
        try:
            async with self.driver.session(database=self.database) as session:
                return await session.execute_write(fn)
        except (DriverError, Neo4jError, OSError) as err:
            raise map_driver_error(label, err) from err

    async def read_planned(self, name: str, text: str, params: Mapping[str, Any]) -> list[Any]:
        """Run a statement the read planner compiled (from the schema's mappings, never from request text)
        in a managed read transaction; the first column of each row. `name` tags the transaction."""
        query = Query(text, metadata={"app": "researchgraph", "query": name}, timeout=self.timeout_s)
        began = time.perf_counter()
        try:
            result = await self.driver.execute_query(
                query, dict(params), routing_=RoutingControl.READ, database_=self.database
            )
        except (DriverError, Neo4jError, OSError) as err:
            raise map_driver_error(name, err) from err
        finally:
            _record(name, params, "read", began, text)
        return [record[0] for record in result.records]

    def _statement(self, name: str, params: Mapping[str, Any]) -> str:
        stmt = self.registry[name]
        if set(params) != stmt.params:
            raise QueryFailed(f"{name}: given parameters {sorted(params)}, the statement takes {sorted(stmt.params)}")
        return stmt.text

    async def verify(self) -> None:
        """Raise DatabaseUnavailable (or another mapped error) unless Neo4j answers a query."""
        try:
            await self.driver.verify_connectivity()
        except (DriverError, Neo4jError, OSError) as err:
            raise map_driver_error("verify_connectivity", err) from err
        await self.read(queries.PING)

    async def _run(self, name: str, params: Mapping[str, Any], mode: RoutingControl) -> list[Row]:
        query = Query(
            self._statement(name, params), metadata={"app": "researchgraph", "query": name}, timeout=self.timeout_s
        )
        began = time.perf_counter()
        try:
            result = await self.driver.execute_query(query, dict(params), routing_=mode, database_=self.database)
        except (DriverError, Neo4jError, OSError) as err:
            raise map_driver_error(name, err) from err
        finally:
            _record(name, params, "read" if mode == RoutingControl.READ else "write", began)
        keys = result.keys
        return [dict(zip(keys, record.values(), strict=True)) for record in result.records]

    @staticmethod
    @contextlib.contextmanager
    def recording() -> Iterator[Recording]:
        """Record every statement run in this context (and tasks started from it)."""
        rec = Recording()
        token = _recording.set(rec)
        try:
            yield rec
        finally:
            _recording.reset(token)


class Tx:
    """A managed write transaction in progress: runs registry statements by name, parameters only."""

    def __init__(self, runner: Runner, tx: AsyncManagedTransaction) -> None:
        self._runner = runner
        self._tx = tx

    async def run(self, name: str, params: Mapping[str, Any] | None = None) -> list[Row]:
        """Run one statement inside the transaction; rows as dicts keyed by column."""
        params = params or {}
        text = self._runner._statement(name, params)
        began = time.perf_counter()
        try:
            result = await self._tx.run(text, dict(params))
            records = [record async for record in result]
        finally:
            _record(name, params, "write", began)
        return [dict(zip(record.keys(), record.values(), strict=True)) for record in records]


def _record(name: str, params: Mapping[str, Any], mode: str, began: float, text: str | None = None) -> None:
    recording = _recording.get()
    if recording is not None:
        recording.statements.append(Executed(name, dict(params), mode, time.perf_counter() - began, text))


@contextlib.asynccontextmanager
async def connect(settings: Neo4jSettings, registry: QueryRegistry | None = None) -> AsyncIterator[Runner]:
    """A runner over a new driver, verified to answer, closed on exit (for commands and tests)."""
    driver = open_driver(settings)
    runner = Runner(driver, registry or QueryRegistry.load(), settings.database, settings.query_timeout_s)
    try:
        await runner.verify()
        yield runner
    finally:
        await driver.close()
