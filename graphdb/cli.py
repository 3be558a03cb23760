"""The data command: `python -m graphdb import|migrate|sample` (also installed as `researchgraph-data`).

    python -m graphdb import --format pubmed|crossref|openalex PATH... [--batch-size N] [--report FILE]
    python -m graphdb migrate
    python -m graphdb sample [--if-empty]

Every import prints a report (records read, imported, merged, unchanged, skipped with reasons) and
writes it as JSON (default `.data/import-reports/<format>-<time>.json`). Exit status: 0 when every file
was read, 1 when a file was not in the format named or the database failed, 2 for bad arguments.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import sys
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from graphdb import dataset, local, queries
from graphdb.config import Neo4jSettings
from graphdb.errors import GraphDbError
from graphdb.importers.base import Parser
from graphdb.importers.pipeline import DEFAULT_BATCH, from_files, import_records
from graphdb.importers.report import ImportReport
from graphdb.migrate import apply_constraints, rank_edges
from graphdb.runner import connect

FORMATS = {
    "pubmed": "graphdb.importers.pubmed",
    "crossref": "graphdb.importers.crossref",
    "openalex": "graphdb.importers.openalex",
}
REPORTS = local.DATA / "import-reports"
IMPORT_RETRY_S = 60.0


def import_settings() -> Neo4jSettings:
    """The environment's settings, with a retry budget for long batch transactions (not a request's)."""
    settings = Neo4jSettings.from_env()
    return replace(settings, retry_time_s=max(settings.retry_time_s, IMPORT_RETRY_S))


def parser_for(fmt: str) -> Parser:
    module = importlib.import_module(FORMATS[fmt])
    parse: Parser = module.parse
    return parse


def _report_path(fmt: str, given: Path | None) -> Path:
    if given is not None:
        return given
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return REPORTS / f"{fmt}-{stamp}.json"


async def run_import(
    fmt: str, paths: Sequence[Path], *, batch_size: int, report_path: Path | None, progress: bool, migrate: bool = True
) -> int:
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        print(f"error: no such file: {', '.join(missing)}", file=sys.stderr)
        return 2
    report = ImportReport(label=f"{fmt} import")
    async with connect(import_settings()) as runner:
        if migrate:
            await apply_constraints(runner)
        records = from_files(parser_for(fmt), paths, report)
        await import_records(
            runner, records, label=report.label, batch_size=batch_size, progress=progress, report=report
        )
    out = _report_path(fmt, report_path)
    report.write_json(out)
    print(report.summary())
    print(f"  report: {out}")
    for err in report.file_errors:
        print(f"error: {err}", file=sys.stderr)
    return 1 if report.file_errors else 0


async def run_sample(*, if_empty: bool, batch_size: int, progress: bool) -> int:
    async with connect(Neo4jSettings.from_env()) as runner:
        await apply_constraints(runner)
        empty = (await runner.read(queries.IMPORT_ANY_NODE))[0]["empty"]
        if if_empty and not empty:
            counts = (await runner.read(queries.IMPORT_COUNTS))[0]
            nodes = ", ".join(f"{k} {v}" for k, v in counts["nodes"].items())
            print(f"Database already holds data ({nodes}); sample not loaded.")
            return 0
    paths = dataset.obtain()
    # The schema was applied above; the import need not apply it again.
    return await run_import("pubmed", paths, batch_size=batch_size, report_path=None, progress=progress, migrate=False)


async def run_migrate() -> int:
    async with connect(import_settings()) as runner:
        names = await apply_constraints(runner)
        ranked = await rank_edges(runner)
    print(f"Schema up to date: {len(names)} constraints and indexes applied idempotently.")
    if ranked:
        print(f"UNDER_TOPIC edges derived and order keys written: {ranked} edges imported before they existed.")
    return 0


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m graphdb", description="Research-graph data commands.")
    sub = ap.add_subparsers(dest="command", required=True)
    imp = sub.add_parser("import", help="import files of one format")
    imp.add_argument("--format", required=True, choices=sorted(FORMATS), help="the files' format")
    imp.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="files (.gz is detected by content)")
    imp.add_argument("--batch-size", type=int, default=DEFAULT_BATCH, help="records per write transaction")
    imp.add_argument("--report", type=Path, default=None, help="where to write the JSON report")
    imp.add_argument("--no-progress", action="store_true", help="no progress bar")
    sub.add_parser("migrate", help="apply constraints and indexes (idempotent)")
    smp = sub.add_parser("sample", help="obtain the PubMed sample and import it")
    smp.add_argument("--if-empty", action="store_true", help="only when the database holds no node")
    smp.add_argument("--batch-size", type=int, default=DEFAULT_BATCH)
    smp.add_argument("--no-progress", action="store_true")
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if getattr(args, "batch_size", 1) < 1:
        print("error: --batch-size must be at least 1", file=sys.stderr)
        return 2
    try:
        if args.command == "import":
            return asyncio.run(
                run_import(
                    args.format,
                    args.paths,
                    batch_size=args.batch_size,
                    report_path=args.report,
                    progress=not args.no_progress,
                )
            )
        if args.command == "sample":
            return asyncio.run(
                run_sample(if_empty=args.if_empty, batch_size=args.batch_size, progress=not args.no_progress)
            )
        return asyncio.run(run_migrate())
    except GraphDbError as err:
        print(f"error: {err.code}: {err}", file=sys.stderr)
        return 1
    except dataset.DatasetError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(
            "interrupted: every finished batch is in the graph; run the same import again to complete it.",
            file=sys.stderr,
        )
        return 130
