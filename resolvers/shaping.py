"""Shaping: a planned statement's positional result becomes the response, keyed by response keys.

The planner describes the answer as a tree of specs; `build` turns a spec into a shaper, a function
from the statement's value (and the bound parameters, for page info) to the response value. Scalars are
serialized here (floats, dates), so both execution paths see the same values. A strict shaper (the
fast path) raises `FallbackError` where a non-null field is null, so the operation takes the ordinary path
and graphql-core reports the error; the ordinary shaper leaves the null for graphql-core to find.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from graphql import GraphQLList, GraphQLNamedType, GraphQLNonNull, GraphQLOutputType

from resolvers import cursors

Shaper = Callable[[Any, dict[str, Any]], Any]


class TypedMap(dict[str, Any]):
    """A shaped object at an abstract position (`node(id)`) on the ordinary path: its runtime type is kept
    in an attribute, outside the response keys, so no alias can collide with it."""

    __slots__ = ("typename",)

    def __init__(self, values: dict[str, Any], typename: str) -> None:
        super().__init__(values)
        self.typename = typename


class FallbackError(Exception):
    """The fast path cannot prove this answer right; run the operation the ordinary way."""


@dataclass(frozen=True, slots=True)
class ScalarSpec:
    nonnull: bool
    convert: Callable[[Any], Any] | None = None


@dataclass(frozen=True, slots=True)
class ConstSpec:
    value: Any


@dataclass(frozen=True, slots=True)
class ObjSpec:
    """A node or edge returned as a list of values, one per response key."""

    entries: list[tuple[str, Spec]]
    nonnull: bool


@dataclass(frozen=True, slots=True)
class MapSpec:
    """A map-shaped value (metrics, trust): (response key, key in the map or None for a constant, spec)."""

    entries: list[tuple[str, str | None, Spec]]
    nonnull: bool


@dataclass(frozen=True, slots=True)
class ListSpec:
    item: Spec
    nonnull: bool


@dataclass(frozen=True, slots=True)
class ComputedSpec:
    compute: Callable[[Any], Any]
    inner: Spec


@dataclass(frozen=True, slots=True)
class PageRead:
    """How a connection's page was read: the parameters of its size, offset and cursor, its direction, and the
    tag of its order (carried in the cursors it gives)."""

    size: str
    backward: bool
    tag: str
    offset: str | None = None
    cursor: str | None = None


@dataclass(frozen=True, slots=True)
class TotalPart:
    """`totalCount`: the count in the connection's column `column`."""

    key: str
    column: int


@dataclass(frozen=True, slots=True)
class NodesPart:
    """`nodes`: the page rows' item `column` (a row is `[keys, item, ...]`)."""

    key: str
    column: int
    spec: Spec


@dataclass(frozen=True, slots=True)
class EdgesPart:
    """`edges`: per row, entries (response key, "cursor" | "node" | "typename", spec, item column)."""

    key: str
    entries: tuple[tuple[str, str, Spec | None, int], ...]


@dataclass(frozen=True, slots=True)
class PageInfoPart:
    """`pageInfo`: computed from the page rows (one read past the page says whether more follow)."""

    key: str
    column: int
    spec: Spec


@dataclass(frozen=True, slots=True)
class TypenamePart:
    """`__typename` of the connection type: a constant."""

    key: str
    name: str


@dataclass(frozen=True, slots=True)
class FacetsPart:
    """`groupBy`: buckets `[value, count, node]` in column `column`; entries (response key, "value" | "count" |
    "node" | "typename", spec of the node or the constant)."""

    key: str
    column: int
    entries: tuple[tuple[str, str, Spec | None], ...]
    size: str


ConnPart = TotalPart | NodesPart | EdgesPart | PageInfoPart | TypenamePart | FacetsPart


@dataclass(frozen=True, slots=True)
class ConnSpec:
    """A connection returned as `[count, rows]`, its parts in selection order."""

    parts: tuple[ConnPart, ...]
    read: PageRead
    nonnull: bool


@dataclass(frozen=True, slots=True)
class UnionSpec:
    """An abstract root (`node(id)`): [branch index, values] with one ObjSpec per concrete type."""

    branches: list[tuple[str, ObjSpec]]


@dataclass(frozen=True, slots=True)
class HitsEdgesPart:
    """`edges` of a keyset page: the list of each hit's values in hit column `column` (after score, id, type)."""

    key: str
    column: int
    spec: Spec


@dataclass(frozen=True, slots=True)
class CursorInfoPart:
    """`pageInfo` of a keyset page: computed from the hits read (one more than the page when another follows)
    and the `after` parameter."""

    key: str
    spec: Spec


KeysetPart = TotalPart | HitsEdgesPart | CursorInfoPart | TypenamePart


@dataclass(frozen=True, slots=True)
class KeysetSpec:
    """A keyset-paged connection (search) returned as `[total or null, hits]`: the statement reads `first + 1`
    hits in order, each `[score, id, type, values of each edges selection...]`; `cursor` encodes a hit's
    position (score, id, type)."""

    parts: tuple[KeysetPart, ...]
    first: str  # the parameters holding the page size and the decoded `after` cursor
    after: str
    cursor: Callable[[Any], str]
    nonnull: bool


Spec = ScalarSpec | ConstSpec | ObjSpec | MapSpec | ListSpec | ComputedSpec | ConnSpec | UnionSpec | KeysetSpec


def _iso(value: Any) -> Any:
    iso = getattr(value, "iso_format", None)
    return iso() if iso is not None else str(value)


def _float(value: Any) -> Any:
    return float(value)


CONVERTERS: dict[str, Callable[[Any], Any]] = {"Float": _float, "Date": _iso, "DateTime": _iso}


def scalar_spec(out_type: GraphQLOutputType) -> Spec:
    """The spec of a scalar, enum or list-of-scalars field."""
    nonnull = isinstance(out_type, GraphQLNonNull)
    inner = out_type.of_type if isinstance(out_type, GraphQLNonNull) else out_type
    if isinstance(inner, GraphQLList):
        return ListSpec(item=scalar_spec(inner.of_type), nonnull=nonnull)
    assert isinstance(inner, GraphQLNamedType)
    return ScalarSpec(nonnull=nonnull, convert=CONVERTERS.get(inner.name))


def _null(strict: bool, nonnull: bool) -> None:
    if strict and nonnull:
        raise FallbackError("null in a non-null position")


def build(spec: Spec, *, strict: bool) -> Shaper:
    """The shaper for a spec."""
    if isinstance(spec, ScalarSpec):
        return _scalar(spec, strict)
    if isinstance(spec, ConstSpec):
        value = spec.value
        return lambda _v, _p: value
    if isinstance(spec, ObjSpec):
        return _obj(spec, strict)
    if isinstance(spec, MapSpec):
        return _map(spec, strict)
    if isinstance(spec, ListSpec):
        return _list(spec, strict)
    if isinstance(spec, ComputedSpec):
        inner = build(spec.inner, strict=strict)
        compute = spec.compute
        return lambda v, p: inner(compute(v), p)
    if isinstance(spec, ConnSpec):
        return _conn(spec, strict)
    if isinstance(spec, KeysetSpec):
        return _keyset(spec, strict)
    return _union(spec, strict)


def _scalar(spec: ScalarSpec, strict: bool) -> Shaper:
    convert, nonnull = spec.convert, spec.nonnull

    def shape(value: Any, _p: dict[str, Any]) -> Any:
        if value is None:
            _null(strict, nonnull)
            return None
        return convert(value) if convert is not None else value

    return shape


def _plain(spec: Spec) -> bool:
    """A value that needs no work: a scalar passed through as the driver returned it."""
    return isinstance(spec, ScalarSpec) and spec.convert is None


def _obj(spec: ObjSpec, strict: bool) -> Shaper:
    keys = tuple(k for k, _ in spec.entries)
    work = tuple((i, k, build(s, strict=strict)) for i, (k, s) in enumerate(spec.entries) if not _plain(s))
    required = tuple(k for k, s in spec.entries if _plain(s) and isinstance(s, ScalarSpec) and s.nonnull)
    nonnull = spec.nonnull

    def shape(row: Any, p: dict[str, Any]) -> Any:
        if row is None:
            _null(strict, nonnull)
            return None
        out = dict(zip(keys, row, strict=True))
        for i, k, sub in work:
            out[k] = sub(row[i], p)
        if strict:
            for k in required:
                if out[k] is None:
                    raise FallbackError(f"null in non-null field {k}")
        return out

    return shape


def _map(spec: MapSpec, strict: bool) -> Shaper:
    entries = tuple((k, name, build(s, strict=strict)) for k, name, s in spec.entries)
    nonnull = spec.nonnull

    def shape(value: Any, p: dict[str, Any]) -> Any:
        if value is None:
            _null(strict, nonnull)
            return None
        return {k: sub(None if name is None else value.get(name), p) for k, name, sub in entries}

    return shape


def _list(spec: ListSpec, strict: bool) -> Shaper:
    nonnull = spec.nonnull
    if _plain(spec.item) and not (strict and isinstance(spec.item, ScalarSpec) and spec.item.nonnull):

        def plain(value: Any, _p: dict[str, Any]) -> Any:
            if value is None:
                _null(strict, nonnull)
                return None
            return list(value)

        return plain
    item = build(spec.item, strict=strict)

    def shape(value: Any, p: dict[str, Any]) -> Any:
        if value is None:
            _null(strict, nonnull)
            return None
        return [item(x, p) for x in value]

    return shape


def _conn(spec: ConnSpec, strict: bool) -> Shaper:
    read, nonnull = spec.read, spec.nonnull
    parts = tuple(_conn_part(part, read, strict) for part in spec.parts)

    def shape(row: Any, p: dict[str, Any]) -> Any:
        if row is None:
            _null(strict, nonnull)
            return None
        size = p[read.size]
        rows = row[1]
        more = len(rows) > size
        page = rows[:size]
        if read.backward:
            page.reverse()
        return {key: part(row, page, more, p) for key, part in parts}

    return shape


PartShaper = Callable[[Any, list[Any], bool, dict[str, Any]], Any]


def _conn_part(part: ConnPart, read: PageRead, strict: bool) -> tuple[str, PartShaper]:
    if isinstance(part, TotalPart):
        column = part.column
        return part.key, lambda row, _page, _more, _p: row[column]
    if isinstance(part, TypenamePart):
        name = part.name
        return part.key, lambda _row, _page, _more, _p: name
    if isinstance(part, NodesPart):
        item, index = build(part.spec, strict=strict), part.column
        return part.key, lambda _row, page, _more, p: [item(r[index], p) for r in page]
    if isinstance(part, EdgesPart):
        return part.key, _edges(part, read, strict)
    if isinstance(part, FacetsPart):
        return part.key, _facets(part, strict)
    return part.key, _page_info(part, read, strict)


def _facets(part: FacetsPart, strict: bool) -> PartShaper:
    column = part.column
    entries = tuple((k, kind, None if s is None else build(s, strict=strict)) for k, kind, s in part.entries)
    index = {"value": 0, "count": 1, "node": 2}

    def bucket(row: list[Any], p: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, kind, sub in entries:
            if kind == "typename":
                assert sub is not None
                out[key] = sub(None, p)
            elif sub is not None:
                out[key] = sub(row[2] if len(row) > 2 else None, p)
            else:
                out[key] = row[index[kind]] if index[kind] < len(row) else None
        return out

    return lambda r, _page, _more, p: [bucket(b, p) for b in r[column]]


def _edges(part: EdgesPart, read: PageRead, strict: bool) -> PartShaper:
    entries = tuple((k, kind, None if s is None else build(s, strict=strict), i) for k, kind, s, i in part.entries)
    tag = read.tag

    def edge(row: Any, p: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, kind, sub, index in entries:
            if kind == "cursor":
                out[key] = cursors.encode(tag, row[0])
            elif kind == "node":
                assert sub is not None
                out[key] = sub(row[index], p)
            else:
                assert sub is not None
                out[key] = sub(None, p)
        return out

    return lambda _row, page, _more, p: [edge(r, p) for r in page]


def _page_info(part: PageInfoPart, read: PageRead, strict: bool) -> PartShaper:
    sub = build(part.spec, strict=strict)
    tag = read.tag

    def shape(_row: Any, page: list[Any], more: bool, p: dict[str, Any]) -> Any:
        moved = (read.offset is not None and p[read.offset] > 0) or read.cursor is not None
        info = {
            "hasNextPage": moved if read.backward else more,
            "hasPreviousPage": more if read.backward else moved,
            "startCursor": cursors.encode(tag, page[0][0]) if page else None,
            "endCursor": cursors.encode(tag, page[-1][0]) if page else None,
        }
        return sub(info, p)

    return shape


def _union(spec: UnionSpec, strict: bool) -> Shaper:
    branches = tuple((name, build(s, strict=strict)) for name, s in spec.branches)

    def shape(value: Any, p: dict[str, Any]) -> Any:
        if value is None:
            return None
        index, row = value
        name, sub = branches[index]
        out = sub(row, p)
        if not strict and out is not None:
            return TypedMap(out, name)
        return out

    return shape


def _keyset(spec: KeysetSpec, strict: bool) -> Shaper:
    parts = tuple(
        (part, build(part.spec, strict=strict) if isinstance(part, HitsEdgesPart | CursorInfoPart) else None)
        for part in spec.parts
    )
    first, after, cursor, nonnull = spec.first, spec.after, spec.cursor, spec.nonnull

    def shape(row: Any, p: dict[str, Any]) -> Any:
        if row is None:
            _null(strict, nonnull)
            return None
        total, hits = row
        page = hits[: p[first]]
        out: dict[str, Any] = {}
        for part, sub in parts:
            if isinstance(part, TotalPart):
                out[part.key] = total
            elif isinstance(part, TypenamePart):
                out[part.key] = part.name
            elif isinstance(part, HitsEdgesPart):
                assert sub is not None
                out[part.key] = sub([hit[part.column] for hit in page], p)
            else:
                assert sub is not None
                info = {
                    "hasNextPage": len(hits) > len(page),
                    "hasPreviousPage": p[after] is not None,
                    "startCursor": cursor(page[0][:3]) if page else None,
                    "endCursor": cursor(page[-1][:3]) if page else None,
                }
                out[part.key] = sub(info, p)
        return out

    return shape
