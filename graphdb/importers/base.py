"""What every parser shares: the format error and the parser signature."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from graphdb.records import AuthorRec, PaperRec, Skipped

Parsed = PaperRec | AuthorRec | Skipped
Parser = Callable[[Path], Iterator[Parsed]]


class FormatError(Exception):
    """The file is not in the format named (or cannot be read at all): one line for the user."""
