"""The import pipeline: parsed records -> batches -> one write transaction each, with a progress bar and a report.

Parsing the next batch (in a worker thread) overlaps writing the current one. A batch the database
refuses for a reason other than being unavailable is retried record by record, so one bad record is
skipped and reported instead of stopping the import or losing its neighbours.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from graphdb import queries
from graphdb.errors import DatabaseAuthFailed, DatabaseUnavailable, GraphDbError
from graphdb.importers.base import FormatError, Parsed, Parser
from graphdb.importers.report import ImportReport
from graphdb.importers.writer import BatchResult, Memo, write_batch
from graphdb.records import AuthorRec, Batch, PaperRec, Skipped
from graphdb.runner import Runner, Tx

DEFAULT_BATCH = 2000
DEFAULT_WRITERS = 1
# A batch is one transaction of a dozen bulk statements: it gets minutes, not a request's seconds.
BATCH_TIMEOUT_S = 600.0
BATCH_LABEL = "import/batch"  # the transaction label (metadata), not a statement


def from_files(parser: Parser, paths: Iterable[Path], report: ImportReport) -> Iterator[Parsed]:
    """Every record of every file; a file that is not the format is reported and the others go on."""
    for path in paths:
        report.files.append(str(path))
        try:
            yield from parser(path)
        except FormatError as err:
            report.file_errors.append(str(err))


def _take(records: Iterator[Parsed], size: int) -> tuple[Batch, int, list[Skipped]]:
    batch = Batch()
    skipped: list[Skipped] = []
    read = 0
    for item in records:
        read += 1
        if isinstance(item, Skipped):
            skipped.append(item)
        elif isinstance(item, PaperRec):
            batch.papers.append(item)
        else:
            batch.authors.append(item)
        if len(batch) >= size:
            break
    return batch, read, skipped


def _close(records: Iterator[Parsed]) -> None:
    close = getattr(records, "close", None)
    if close is not None:
        close()


def progress_bar(enabled: bool) -> Progress:
    """A rich progress bar on stderr; off when asked or when stderr is not a terminal."""
    console = Console(stderr=True)
    return Progress(
        SpinnerColumn(),
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TaskProgressColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=console,
        disable=not (enabled and console.is_terminal),
    )


def _keys(batch: Batch) -> frozenset[tuple[str, str]]:
    """The persistent ids of a batch's own records: two batches sharing one are never written at once."""
    keys: set[tuple[str, str]] = set()
    for p in batch.papers:
        keys.add(("local", f"{p.source}:{p.local_id or p.source_id}"))
        for kind, value in (("doi", p.doi), ("pmid", p.pmid), ("arxiv", p.arxiv_id), ("openalex", p.openalex_id)):
            if value:
                keys.add((kind, value))
    for a in batch.authors:
        keys.add(("researcher", a.researcher.id))
        for kind, value in (("orcid", a.researcher.orcid), ("openalex", a.researcher.openalex_id)):
            if value:
                keys.add((kind, value))
    return frozenset(keys)


async def _write(runner: Runner, batch: Batch, now: datetime, report: ImportReport, memo: Memo) -> None:
    async def work(tx: Tx) -> BatchResult:
        return await write_batch(tx, batch, now, memo)

    def committed(result: BatchResult) -> None:
        report.add(result)
        memo.learn(result.learned)

    # A refusal can come from a concurrent batch that claimed the same cited work first: try once more
    # after it committed, then record by record so only the records that really fail are skipped.
    for attempt in (1, 2):
        try:
            committed(await runner.write_transaction(BATCH_LABEL, work, timeout_s=BATCH_TIMEOUT_S))
            return
        except (DatabaseUnavailable, DatabaseAuthFailed):
            raise
        except GraphDbError:
            if attempt == 2:
                report.batches_retried_one_by_one += 1
    singles = [Batch(papers=[p]) for p in batch.papers] + [Batch(authors=[a]) for a in batch.authors]
    for single in singles:
        one: PaperRec | AuthorRec = single.papers[0] if single.papers else single.authors[0]

        async def work_one(tx: Tx, single: Batch = single) -> BatchResult:
            return await write_batch(tx, single, now, memo)

        try:
            committed(await runner.write_transaction(BATCH_LABEL, work_one, timeout_s=BATCH_TIMEOUT_S))
        except (DatabaseUnavailable, DatabaseAuthFailed):
            raise
        except GraphDbError as err:
            report.skip(Skipped(one.source, one.source_id, f"write failed: {err.code}", str(err)))


async def import_records(
    runner: Runner,
    records: Iterable[Parsed],
    *,
    label: str,
    total: int | None = None,
    batch_size: int = DEFAULT_BATCH,
    writers: int = DEFAULT_WRITERS,
    progress: bool = True,
    report: ImportReport | None = None,
) -> ImportReport:
    """Import every record, batch by batch; returns the report (with the graph's counts afterwards).

    Up to `writers` batches are written at once (Neo4j then uses more than one core), except that two
    batches holding the same persistent id never overlap, so the co-authorship counts stay exact.
    """
    report = report or ImportReport(label)
    now = datetime.now(UTC)
    began = time.perf_counter()
    it = iter(records)
    # One dedicated thread drives the parsers from start to close: lxml's parser state must not move
    # between threads, and parsing the next batch overlaps writing the current one.
    parse_thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="import-parse")
    loop = asyncio.get_running_loop()
    memo = Memo()
    in_flight: dict[asyncio.Task[None], tuple[frozenset[tuple[str, str]], int]] = {}
    with progress_bar(progress) as bar:
        task = bar.add_task(label, total=total, rate="")

        async def settle(return_when: str) -> None:
            done, _ = await asyncio.wait(in_flight, return_when=return_when)
            for t in done:
                _, read = in_flight.pop(t)
                t.result()
                elapsed = time.perf_counter() - began
                bar.update(task, advance=read, rate=f"{report.records_read / elapsed:,.0f} rec/s")

        pending = loop.run_in_executor(parse_thread, _take, it, batch_size)
        try:
            while True:
                batch, read, skipped = await pending
                if read == 0:
                    break
                pending = loop.run_in_executor(parse_thread, _take, it, batch_size)
                report.records_read += read
                for item in skipped:
                    report.skip(item)
                keys = _keys(batch)
                while in_flight and (len(in_flight) >= writers or any(keys & other for other, _ in in_flight.values())):
                    await settle(asyncio.FIRST_COMPLETED)
                in_flight[asyncio.ensure_future(_write(runner, batch, now, report, memo))] = (keys, read)
            if in_flight:
                await settle(asyncio.ALL_COMPLETED)
        except BaseException:
            for t in in_flight:
                t.cancel()
            raise
        finally:
            await asyncio.wait([pending])
            await loop.run_in_executor(parse_thread, _close, it)
            parse_thread.shutdown()
    report.seconds = time.perf_counter() - began
    report.counts_after = (await runner.read(queries.IMPORT_COUNTS))[0]
    return report
