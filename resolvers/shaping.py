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
class TotalPart:
    """`totalCount`: the count in the statement's column `column`."""

    key: str
    column: int


@dataclass(frozen=True, slots=True)
class NodesPart:
    """`nodes`: the page's items, a list in column `column`."""

    key: str
    column: int
    spec: Spec


@dataclass(frozen=True, slots=True)
class PageInfoPart:
    """`pageInfo`: computed from the count in column `column`, the offset and the page size."""

    key: str
    column: int
    spec: Spec


@dataclass(frozen=True, slots=True)
class TypenamePart:
    """`__typename` of the connection type: a constant."""

    key: str
    name: str


ConnPart = TotalPart | NodesPart | PageInfoPart | TypenamePart


@dataclass(frozen=True, slots=True)
class ConnSpec:
    """A connection returned as a list of columns (the count once, each `nodes` selection), in `parts` order."""

    parts: tuple[ConnPart, ...]
    first: str  # the parameters holding the page size and the offset
    offset: str | None
    nonnull: bool


@dataclass(frozen=True, slots=True)
class UnionSpec:
    """An abstract root (`node(id)`): [branch index, values] with one ObjSpec per concrete type."""

    branches: list[tuple[str, ObjSpec]]


Spec = ScalarSpec | ConstSpec | ObjSpec | MapSpec | ListSpec | ComputedSpec | ConnSpec | UnionSpec


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
    parts = tuple(
        (part, build(part.spec, strict=strict) if not isinstance(part, TotalPart | TypenamePart) else None)
        for part in spec.parts
    )
    first, offset, nonnull = spec.first, spec.offset, spec.nonnull

    def shape(row: Any, p: dict[str, Any]) -> Any:
        if row is None:
            _null(strict, nonnull)
            return None
        out: dict[str, Any] = {}
        for part, sub in parts:
            if isinstance(part, TotalPart):
                out[part.key] = row[part.column]
            elif isinstance(part, TypenamePart):
                out[part.key] = part.name
            elif isinstance(part, NodesPart):
                assert sub is not None
                out[part.key] = sub(row[part.column], p)
            else:
                assert sub is not None
                skipped = p[offset] if offset is not None else 0
                info = {"hasNextPage": skipped + p[first] < row[part.column], "hasPreviousPage": skipped > 0}
                out[part.key] = sub(info, p)
        return out

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
