"""The import report: records read, imported, merged, unchanged and skipped (with reasons), as text and JSON."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from graphdb.importers.writer import BatchResult
from graphdb.records import Skipped

MAX_EXAMPLES = 50


@dataclass(slots=True)
class ImportReport:
    """Counts for one import run. `skipped` counts reasons; `examples` keeps the first few skipped records."""

    label: str
    files: list[str] = field(default_factory=list)
    file_errors: list[str] = field(default_factory=list)
    records_read: int = 0
    papers_imported: int = 0
    papers_merged: int = 0
    papers_unchanged: int = 0
    authors_imported: int = 0
    authors_merged: int = 0
    authors_unchanged: int = 0
    batches: int = 0
    batches_retried_one_by_one: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    examples: list[dict[str, Any]] = field(default_factory=list)
    rows_written: Counter[str] = field(default_factory=Counter)
    started: float = field(default_factory=time.time)
    seconds: float = 0.0
    counts_after: dict[str, Any] = field(default_factory=dict)

    def skip(self, item: Skipped) -> None:
        self.skipped[item.reason] += 1
        if len(self.examples) < MAX_EXAMPLES:
            self.examples.append(
                {"source": item.source, "sourceId": item.source_id, "reason": item.reason, "detail": item.detail[:300]}
            )

    def add(self, result: BatchResult) -> None:
        self.batches += 1
        self.papers_imported += result.papers_imported
        self.papers_merged += result.papers_merged
        self.papers_unchanged += result.papers_unchanged
        self.authors_imported += result.authors_imported
        self.authors_merged += result.authors_merged
        self.authors_unchanged += result.authors_unchanged
        self.rows_written.update(result.statements)

    @property
    def imported(self) -> int:
        return self.papers_imported + self.authors_imported

    @property
    def merged(self) -> int:
        return self.papers_merged + self.authors_merged

    @property
    def unchanged(self) -> int:
        return self.papers_unchanged + self.authors_unchanged

    @property
    def skipped_total(self) -> int:
        return sum(self.skipped.values())

    @property
    def records_per_second(self) -> float:
        return self.records_read / self.seconds if self.seconds else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "files": self.files,
            "fileErrors": self.file_errors,
            "recordsRead": self.records_read,
            "imported": self.imported,
            "merged": self.merged,
            "unchanged": self.unchanged,
            "skipped": self.skipped_total,
            "papers": {
                "imported": self.papers_imported,
                "merged": self.papers_merged,
                "unchanged": self.papers_unchanged,
            },
            "authors": {
                "imported": self.authors_imported,
                "merged": self.authors_merged,
                "unchanged": self.authors_unchanged,
            },
            "skippedByReason": dict(self.skipped.most_common()),
            "skippedExamples": self.examples,
            "batches": self.batches,
            "batchesRetriedOneByOne": self.batches_retried_one_by_one,
            "rowsWritten": dict(sorted(self.rows_written.items())),
            "seconds": round(self.seconds, 3),
            "recordsPerSecond": round(self.records_per_second, 1),
            "graph": self.counts_after,
        }

    def write_json(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(orjson.dumps(self.as_dict(), option=orjson.OPT_INDENT_2))

    def summary(self) -> str:
        lines = [
            f"{self.label}: read {self.records_read} records in {self.seconds:.1f} s "
            f"({self.records_per_second:.0f} records/s)",
            f"  imported {self.imported}, merged {self.merged}, unchanged {self.unchanged}, "
            f"skipped {self.skipped_total}",
        ]
        lines += [f"    skipped {n}: {reason}" for reason, n in self.skipped.most_common()]
        lines += [f"  file error: {e}" for e in self.file_errors]
        if self.counts_after:
            nodes = ", ".join(f"{k} {v}" for k, v in self.counts_after.get("nodes", {}).items())
            rels = ", ".join(f"{k} {v}" for k, v in self.counts_after.get("relationships", {}).items())
            lines.append(f"  graph now: {nodes}")
            lines.append(f"  relationships: {rels}")
            lines.append(f"  cited works not imported (stub papers): {self.counts_after.get('stubPapers', 0)}")
        return "\n".join(lines)
