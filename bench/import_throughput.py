"""Import throughput: the PubMed sample and a synthetic graph, each into an empty Neo4j, through the real pipeline.

    python -m bench.import_throughput [--papers 100000] [--skip-pubmed] [--skip-synthetic] [--peer-records 1000]

Unless NEO4J_URI is set (then it must name an empty scratch database, used for one dataset only), it runs
its own `bench` instance (ports 7689/7476, data under .data/neo4j-bench) and starts each dataset from an
empty store. Side by side in the same run it measures the peer design, one transaction per record (what
a naive importer does), on the first `--peer-records` PubMed articles against the batched pipeline on the
same articles, and prints the ratio. Results are printed and written to bench/results/import-<time>.json.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import shutil
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson

from bench.synthetic import generate
from graphdb import dataset, local, queries
from graphdb.config import Neo4jSettings
from graphdb.importers import pubmed
from graphdb.importers.pipeline import from_files, import_records
from graphdb.importers.report import ImportReport
from graphdb.migrate import apply_constraints
from graphdb.runner import connect

RESULTS = Path(__file__).resolve().parent / "results"


def fresh_server() -> str:
    """An empty database: NEO4J_URI as given (wiped), else the bench instance restarted on a new store."""
    uri = os.environ.get("NEO4J_URI")
    if uri:
        asyncio.run(_require_empty(uri))
        return uri
    inst = local.instance("bench")
    local.stop(inst)
    store = inst.home / "data"
    if store.exists():
        shutil.rmtree(store)
    return local.start(inst)


async def _require_empty(uri: str) -> None:
    async with connect(Neo4jSettings.from_env({**os.environ, "NEO4J_URI": uri})) as runner:
        if not (await runner.read(queries.IMPORT_ANY_NODE))[0]["empty"]:
            raise SystemExit(f"{uri} holds data; the benchmark needs an empty database (or unset NEO4J_URI)")


async def _import(uri: str, label: str, records: Any, batch_size: int, total: int | None) -> ImportReport:
    settings = Neo4jSettings.from_env({**os.environ, "NEO4J_URI": uri, "NEO4J_QUERY_TIMEOUT": "600"})
    async with connect(settings) as runner:
        await apply_constraints(runner)
        report = ImportReport(label)
        if callable(records):
            records = records(report)
        return await import_records(
            runner, records, label=label, batch_size=batch_size, total=total, progress=True, report=report
        )


def pubmed_records(paths: list[Path], limit: int | None = None) -> Any:
    def make(report: ImportReport) -> Any:
        it = from_files(pubmed.parse, paths, report)
        return itertools.islice(it, limit) if limit else it

    return make


def row(name: str, report: ImportReport) -> dict[str, Any]:
    graph = report.counts_after
    return {
        "dataset": name,
        "records": report.records_read,
        "seconds": round(report.seconds, 2),
        "recordsPerSecond": round(report.records_per_second, 1),
        "imported": report.imported,
        "skipped": report.skipped_total,
        "nodes": sum(graph.get("nodes", {}).values()),
        "relationships": sum(graph.get("relationships", {}).values()),
        "graph": graph,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.import_throughput", description=__doc__.splitlines()[0])
    ap.add_argument("--papers", type=int, default=100_000, help="synthetic graph size (papers)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--batch-size", type=int, default=2000)
    ap.add_argument("--peer-records", type=int, default=1000, help="PubMed articles for the side-by-side peer run")
    ap.add_argument("--repeat", type=int, default=3, help="repeats of the side-by-side runs (medians reported)")
    ap.add_argument("--skip-pubmed", action="store_true")
    ap.add_argument("--skip-synthetic", action="store_true")
    ap.add_argument("--keep", action="store_true", help="leave the bench server running")
    args = ap.parse_args(argv)

    results: dict[str, Any] = {"when": datetime.now(UTC).isoformat(), "runs": [], "sideBySide": {}}
    paths = dataset.obtain()
    try:
        if args.peer_records:
            batched: list[float] = []
            single: list[float] = []
            for _ in range(args.repeat):
                for size, into in ((args.batch_size, batched), (1, single)):
                    uri = fresh_server()
                    rep = asyncio.run(
                        _import(
                            uri,
                            f"pubmed first {args.peer_records}, batch {size}",
                            pubmed_records(paths, args.peer_records),
                            size,
                            args.peer_records,
                        )
                    )
                    into.append(rep.records_per_second)
            med_b, med_s = statistics.median(batched), statistics.median(single)
            results["sideBySide"] = {
                "records": args.peer_records,
                "batchedRecordsPerSecond": batched,
                "oneTransactionPerRecordRecordsPerSecond": single,
                "medianBatched": round(med_b, 1),
                "medianOnePerRecord": round(med_s, 1),
                "ratio": round(med_b / med_s, 2) if med_s else None,
            }
        if not args.skip_pubmed:
            uri = fresh_server()
            rep = asyncio.run(_import(uri, "PubMed sample", pubmed_records(paths), args.batch_size, None))
            results["runs"].append(row("pubmed-sample", rep))
        if not args.skip_synthetic:
            uri = fresh_server()
            began = time.perf_counter()
            rep = asyncio.run(
                _import(
                    uri,
                    f"synthetic {args.papers:,}",
                    generate(args.papers, seed=args.seed),
                    args.batch_size,
                    args.papers,
                )
            )
            results["runs"].append(
                row(f"synthetic-{args.papers}", rep) | {"wallSeconds": round(time.perf_counter() - began, 1)}
            )
    finally:
        if not args.keep and not os.environ.get("NEO4J_URI"):
            local.stop(local.instance("bench"))

    print()
    print(f"{'dataset':<22}{'records':>10}{'seconds':>10}{'records/s':>12}{'nodes':>10}{'rels':>11}")
    for r in results["runs"]:
        print(
            f"{r['dataset']:<22}{r['records']:>10}{r['seconds']:>10}{r['recordsPerSecond']:>12}{r['nodes']:>10}{r['relationships']:>11}"
        )
    side = results["sideBySide"]
    if side:
        print(
            f"side by side, first {side['records']} PubMed articles, median of {args.repeat}: batched "
            f"{side['medianBatched']} records/s vs one transaction per record {side['medianOnePerRecord']} "
            f"records/s: {side['ratio']}x"
        )
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"import-{datetime.now(UTC).strftime('%Y%m%dT%H%M%SZ')}.json"
    out.write_bytes(orjson.dumps(results, option=orjson.OPT_INDENT_2, default=str))
    print(f"results: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
