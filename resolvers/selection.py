"""Reads a root field's selection: which nested lists are asked for, and their largest page size."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from strawberry.types.nodes import FragmentSpread, InlineFragment, SelectedField, Selection


def _active(directives: dict[str, Any]) -> bool:
    """False when `@skip(if: true)` or `@include(if: false)` removes the selection."""
    skip = directives.get("skip")
    include = directives.get("include")
    if skip is not None and skip.get("if"):
        return False
    return not (include is not None and not include.get("if"))


def _fields(selections: Iterable[Selection]) -> Iterator[SelectedField]:
    """The fields of a selection set, fragments flattened, skipped selections left out."""
    for sel in selections:
        if not _active(sel.directives or {}):
            continue
        if isinstance(sel, SelectedField):
            yield sel
        elif isinstance(sel, FragmentSpread | InlineFragment):
            yield from _fields(sel.selections)


def page_size(root: SelectedField, path: Sequence[str], default: int, maximum: int, arg: str = "first") -> int:
    """The largest `arg` among the fields at `path` under root (0 when none is selected), clamped."""
    level: list[SelectedField] = [root]
    for name in path[:-1]:
        level = [f for parent in level for f in _fields(parent.selections) if f.name == name]
    leaves = [f for parent in level for f in _fields(parent.selections) if f.name == path[-1]]
    if not leaves:
        return 0
    wanted = max(int(f.arguments.get(arg, default)) for f in leaves)
    return max(0, min(wanted, maximum))
