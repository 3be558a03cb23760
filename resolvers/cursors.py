"""Keyset cursors: an opaque position in a list's total order, and the predicate "after (or before) it".

A cursor is the base64 (URL-safe, unpadded) of `[tag, key values...]`: the values of the list's order keys
for one item (the sort terms, then the id; or the write-time order key of a ranked list), and a tag naming
the order, so a cursor of another order is refused rather than misread. Paging by keys instead of `SKIP`
makes page 500 of a hub cost what page 1 costs, and stays stable when items are added or removed between
pages: nothing after the cursor is skipped or repeated.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import orjson


@dataclass(frozen=True, slots=True)
class Key:
    """One order key of a list: a Cypher expression, its direction, and whether it can be null (sorted last)."""

    expr: str
    desc: bool = False
    nullable: bool = True


def tag(order: Sequence[str]) -> str:
    """A short name for an order (its terms), carried in its cursors."""
    return hashlib.sha1("|".join(order).encode(), usedforsecurity=False).hexdigest()[:8]


def encode(order_tag: str, values: Sequence[Any]) -> str:
    return base64.urlsafe_b64encode(orjson.dumps([order_tag, *values])).rstrip(b"=").decode()


def decode(order_tag: str, width: int, cursor: str) -> list[Any] | None:
    """The key values in a cursor of this order, or None when it is not one (malformed, or of another order)."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        found = orjson.loads(raw)
    except (binascii.Error, ValueError, orjson.JSONDecodeError):
        return None
    if not isinstance(found, list) or len(found) != width + 1 or found[0] != order_tag:
        return None
    values = found[1:]
    if not all(v is None or isinstance(v, str | int | float | bool) for v in values):
        return None
    return values


def beyond(keys: Sequence[Key], cursor: str, *, backward: bool) -> str:
    """The Cypher predicate "the row's keys come after the cursor's" (before it when `backward`), in the order
    where each key sorts nulls last: lexicographic over the keys, `cursor` the parameter holding their values."""
    alternatives = []
    for i, key in enumerate(keys):
        value = f"${cursor}[{i}]"
        same = [_equal(k, f"${cursor}[{j}]") for j, k in enumerate(keys[:i])]
        alternatives.append(" AND ".join([*same, _later(key, value, backward)]))
    return " OR ".join(f"({a})" for a in alternatives)


def _equal(key: Key, value: str) -> str:
    if not key.nullable:
        return f"{key.expr} = {value}"
    return f"({key.expr} = {value} OR ({key.expr} IS NULL AND {value} IS NULL))"


def _later(key: Key, value: str, backward: bool) -> str:
    # With nulls last: after a value come the larger values (smaller when descending), then the nulls.
    after = (">" if not key.desc else "<") if not backward else ("<" if not key.desc else ">")
    compared = f"{key.expr} {after} {value}"
    if not key.nullable:
        return compared
    if backward:
        return f"(({value} IS NULL AND {key.expr} IS NOT NULL) OR {compared})"
    return f"(({value} IS NOT NULL AND {key.expr} IS NULL) OR {compared})"


def order_by(keys: Sequence[Key], *, backward: bool) -> str:
    """The ORDER BY terms: nulls last in both directions, every term reversed when reading backwards."""
    terms = []
    for key in keys:
        desc = key.desc != backward
        if key.nullable:
            terms.append(f"{key.expr} IS NULL" + (" DESC" if backward else ""))
        terms.append(key.expr + (" DESC" if desc else ""))
    return ", ".join(terms)
