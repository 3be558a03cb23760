"""Full-text root fields, each compiled into one statement: `search` (a keyset-paged connection of hits) and
`suggest` (typeahead), over Neo4j's full-text indexes as the mappings `Search` and `Suggest` declare them.

Each type is one `db.index.fulltext.queryNodes` call, guarded so that a type the client did not choose, or a text
without words, runs no query at all; the calls are combined with UNION ALL inside `CALL () {}` and the page is
read from their union: `ORDER BY score DESC, id, type LIMIT first + 1` (the extra hit tells whether a page
follows). The order is total: ids are unique per label, and a venue and an institution may share a `name:` key,
so the type name breaks what the id does not. A cursor is the base64 of the JSON `[score, id, type]` of a hit, and
the next page starts strictly after that position (keyset), so pages neither repeat nor skip a hit while the
index does not change.

Lucene is asked for each index's best `depth` (search) or `candidates` (suggest) hits only (`{limit: ...}`),
so a common word costs what those hits cost, not what the whole index holds: Lucene scores every match, but only
those hits become rows that Neo4j reads and sorts. `totalCount` counts the hits read, so it stops at `depth` per
type. The query text is made in Python when the parameters are bound (`resolvers.lucene`), and sent as a
parameter like every value of the request; index names and labels come from the mappings only.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Final

from graphql import (
    FieldNode,
    GraphQLField,
    GraphQLNonNull,
    GraphQLObjectType,
    SelectionSetNode,
)

from resolvers import lucene, shaping
from resolvers.compiled import NotPlannableError, Param, ParamKind
from resolvers.compiler import named_type
from resolvers.errors import UserInputError
from resolvers.filters import WhereCompiler, where_type
from resolvers.mapping import HitPart, HitsPart, Search, Suggest, mapping_of

if TYPE_CHECKING:
    from resolvers.roots import RootCompiler

MAX_TEXT: Final = 500  # characters of search text (a longer text is BAD_USER_INPUT: Lucene caps a query's clauses)
MAX_PREFIX: Final = 100  # characters of a typeahead prefix
KINDS: Final = frozenset(
    {ParamKind.SEARCH_TEXT, ParamKind.SUGGEST_PREFIX, ParamKind.SEARCH_TYPES, ParamKind.SEARCH_CURSOR}
)
SCORE, TYPE, LABEL = "s0", "t0", "l0"  # the hit's score, type name and label beside the node variable


# -- cursors ---------------------------------------------------------------------------------------------------


def encode_cursor(position: Sequence[Any]) -> str:
    """The opaque cursor of a hit: base64 of the JSON `[score, id, type]`."""
    score, node_id, type_name = position
    text = json.dumps([float(score), str(node_id), str(type_name)], ensure_ascii=False, separators=(",", ":"))
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def decode_cursor(param: Param, cursor: str) -> dict[str, Any]:
    """The position a cursor names, as the statement compares it; BAD_USER_INPUT for anything else."""
    try:
        score, node_id, type_name = json.loads(base64.b64decode(cursor.encode("ascii"), validate=True))
    except (UnicodeError, binascii.Error, ValueError, TypeError):
        raise UserInputError(f"`{param.argument}` on `{param.field}` is not a cursor this field gave") from None
    if isinstance(score, bool) or not isinstance(score, int | float) or not math.isfinite(score):
        raise UserInputError(f"`{param.argument}` on `{param.field}` is not a cursor this field gave")
    if not isinstance(node_id, str):
        raise UserInputError(f"`{param.argument}` on `{param.field}` is not a cursor this field gave")
    if not isinstance(type_name, str):
        raise UserInputError(f"`{param.argument}` on `{param.field}` is not a cursor this field gave")
    return {"score": float(score), "id": node_id, "type": type_name}


# -- binding -----------------------------------------------------------------------------------------------------


def _name(value: Any) -> str:
    """An enum argument's GraphQL name (Strawberry gives the Python member)."""
    return str(getattr(value, "name", value))


def bound(param: Param, value: Any, syntax: Any) -> Any:
    """The value sent for a search parameter, from the argument's value (and, for the text, its `syntax`)."""
    if param.kind is ParamKind.SEARCH_TYPES:
        return None if value is None else [str(getattr(t, "value", t)) for t in value]
    if param.kind is ParamKind.SEARCH_CURSOR:
        return None if value is None else decode_cursor(param, str(value))
    text = str(value)
    limit = MAX_TEXT if param.kind is ParamKind.SEARCH_TEXT else MAX_PREFIX
    if len(text) > limit:
        raise UserInputError(f"`{param.argument}` on `{param.field}` takes at most {limit} characters, got {len(text)}")
    if param.kind is ParamKind.SUGGEST_PREFIX:
        return lucene.prefix_query(text)
    if _name(syntax) == "LUCENE":
        return text if text.strip() else None
    return lucene.search_query(text)


# -- compiling ---------------------------------------------------------------------------------------------------


class SearchCompiler:
    """Compiles a `Search` or `Suggest` root field with the root compiler's selection compiler and projection."""

    def __init__(self, roots: RootCompiler, node: str) -> None:
        self.roots = roots
        self.c = roots.c
        self.node = node  # the variable the root compiler's projection reads

    def compile(
        self,
        owner: str,
        gfield: GraphQLField,
        nodes: Sequence[FieldNode],
        mapping: Search | Suggest,
        sets: list[SelectionSetNode],
    ) -> tuple[str, shaping.Spec]:
        if isinstance(mapping, Search):
            return self.search(owner, gfield, nodes, mapping, sets)
        return self.suggest(owner, gfield, nodes, mapping, sets)

    def hits(
        self,
        owner: str,
        gfield: GraphQLField,
        nodes: Sequence[FieldNode],
        mapping: Search | Suggest,
        text: str,
        limit: int,
        labelled: bool,
    ) -> str:
        """`CALL () { ... }` yielding `node, score, type` (and `label` when `labelled`) from each chosen type's
        index, its `limit` best hits at most."""
        types = self.c.argument(owner, gfield, nodes, "types", ParamKind.SEARCH_TYPES)
        conditions = self.conditions(owner, gfield, nodes) if "where" in gfield.args else {}
        branches = []
        for index in mapping.indexes:
            label, name = self.c.prop_name(index.label), self.c.prop_name(index.index)
            shown = [f"node.{self.c.prop_name(p)}" for p in index.props]
            first_set = shown[0] if len(shown) == 1 else f"coalesce({', '.join(shown)})"
            label_column = f", {first_set} AS label" if labelled else ""
            condition = f"  WHERE {conditions[index.label]}\n" if index.label in conditions else ""
            branches.append(
                f"  WITH ${text} AS q WHERE q IS NOT NULL AND (${types} IS NULL OR '{label}' IN ${types})\n"
                f"  CALL db.index.fulltext.queryNodes('{name}', q, {{limit: {int(limit)}}}) YIELD node, score\n"
                f"{condition}"
                f"  RETURN node, score, '{label}' AS type{label_column}"
            )
        return "CALL () {\n" + "\n  UNION ALL\n".join(branches) + "\n}"

    def conditions(self, owner: str, gfield: GraphQLField, nodes: Sequence[FieldNode]) -> dict[str, str]:
        """Each type's `where` condition on its hits (`node`), by label; the filters are the collections'."""
        where = WhereCompiler(self.c)
        given = where.given(gfield, nodes, "where")
        if given is None:
            return {}
        arg, value = given
        found = {}
        for name, field in where_type(arg).fields.items():
            sub = value.get(name) if isinstance(value, dict) else None
            if sub is not None:
                label = name[0].upper() + name[1:]
                found[label] = where.predicate_at(arg, sub, field.type, "node", (name,), owner)
        return found

    def labels(self, mapping: Search | Suggest) -> tuple[str, ...]:
        return tuple(index.label for index in mapping.indexes)

    # -- search ----------------------------------------------------------------------------------------------------

    def search(
        self,
        owner: str,
        gfield: GraphQLField,
        nodes: Sequence[FieldNode],
        mapping: Search,
        sets: list[SelectionSetNode],
    ) -> tuple[str, shaping.Spec]:
        self.c.argument(owner, gfield, nodes, "syntax", ParamKind.VALUE)
        syntax = self.c.params.pop()  # not sent: the text's parameter reads it when bound
        text = self.c.argument(owner, gfield, nodes, "text", ParamKind.SEARCH_TEXT, syntax=syntax)
        calls = self.hits(owner, gfield, nodes, mapping, text, mapping.depth, labelled=False)
        first = self.c.argument(owner, gfield, nodes, "first", ParamKind.FIRST, mapping.page.maximum)
        after = self.c.argument(owner, gfield, nodes, "after", ParamKind.SEARCH_CURSOR)

        conn = named_type(gfield.type)
        assert isinstance(conn, GraphQLObjectType)
        parts: list[shaping.KeysetPart] = []
        edges: list[str] = []
        counted = False
        for key, part_nodes in self.c.collect(conn, sets).items():
            name = part_nodes[0].name.value
            if name == "__typename":
                parts.append(shaping.TypenamePart(key=key, name=conn.name))
                continue
            part = mapping_of(conn.fields[name])
            assert isinstance(part, HitsPart), f"{conn.name}.{name}"
            if part.part == "totalCount":
                counted = True
                parts.append(shaping.TotalPart(key=key, column=0))
            elif part.part == "pageInfo":
                info = self.c.info_spec(named_type(conn.fields[name].type), part_nodes)
                parts.append(shaping.CursorInfoPart(key=key, spec=info))
            else:
                edge = named_type(conn.fields[name].type)
                assert isinstance(edge, GraphQLObjectType)
                expr, spec = self.hit(edge, self.c.subsets(part_nodes), mapping)
                edges.append(expr)
                items = shaping.ListSpec(item=spec, nonnull=True)
                parts.append(shaping.HitsEdgesPart(key=key, column=2 + len(edges), spec=items))

        n, s, t = self.node, SCORE, TYPE
        position = (
            f"${after} IS NULL OR {s} < ${after}.score OR ({s} = ${after}.score AND "
            f"({n}.id > ${after}.id OR ({n}.id = ${after}.id AND {t} > ${after}.type)))"
        )
        page = f"WITH {n}, {s}, {t} ORDER BY {s} DESC, {n}.id, {t} LIMIT ${first} + 1"
        hit = "[" + ", ".join([s, f"{n}.id", t, *edges]) + "]"
        if counted:
            # Every hit read is counted, so the page is taken from the collected list, in the same statement.
            found, one = self.c.fresh("h"), self.c.fresh("h")
            text_out = (
                f"{calls}\nWITH collect([node, score, type]) AS {found}\n"
                f"RETURN [size({found}), COLLECT {{\n  UNWIND {found} AS {one}\n"
                f"  WITH {one}[0] AS {n}, {one}[1] AS {s}, {one}[2] AS {t}\n  WHERE {position}\n  {page}\n"
                f"  RETURN {hit}\n}}] AS v"
            )
        else:
            text_out = (
                f"{calls}\nWITH node AS {n}, score AS {s}, type AS {t}\nWHERE {position}\n{page}\n"
                f"RETURN [null, collect({hit})] AS v"
            )
        nonnull = isinstance(gfield.type, GraphQLNonNull)
        shape = shaping.KeysetSpec(parts=tuple(parts), first=first, after=after, cursor=encode_cursor, nonnull=nonnull)
        return text_out, shape

    def hit(
        self, hit_type: GraphQLObjectType, sets: Sequence[SelectionSetNode], mapping: Search | Suggest
    ) -> tuple[str, shaping.ObjSpec]:
        """A search edge or a suggestion: a list of its selected values, and its shape."""
        exprs: list[str] = []
        entries: list[tuple[str, shaping.Spec]] = []
        for key, field_nodes in self.c.collect(hit_type, sets).items():
            name = field_nodes[0].name.value
            if name == "__typename":
                exprs.append(f"'{self.c.prop_name(hit_type.name)}'")
                entries.append((key, shaping.ScalarSpec(nonnull=True)))
                continue
            gfield = hit_type.fields[name]
            part = mapping_of(gfield)
            if not isinstance(part, HitPart):
                raise NotPlannableError(f"{hit_type.name}.{name} must be a part of a hit")
            if part.part == "node":
                target, chosen = named_type(gfield.type), self.c.subsets(field_nodes)
                expr, node_spec = self.roots.projection(target, self.labels(mapping), chosen)
                exprs.append(expr)
                entries.append((key, node_spec))
            elif part.part == "cursor":
                exprs.append(f"[{SCORE}, {self.node}.id, {TYPE}]")
                entries.append((key, shaping.ComputedSpec(compute=encode_cursor, inner=shaping.ScalarSpec(True))))
            else:
                exprs.append(SCORE if part.part == "score" else LABEL)
                entries.append((key, shaping.scalar_spec(gfield.type)))
        return "[" + ", ".join(exprs) + "]", shaping.ObjSpec(entries=entries, nonnull=True)

    # -- suggest ---------------------------------------------------------------------------------------------------

    def suggest(
        self,
        owner: str,
        gfield: GraphQLField,
        nodes: Sequence[FieldNode],
        mapping: Suggest,
        sets: list[SelectionSetNode],
    ) -> tuple[str, shaping.Spec]:
        prefix = self.c.argument(owner, gfield, nodes, "prefix", ParamKind.SUGGEST_PREFIX)
        calls = self.hits(owner, gfield, nodes, mapping, prefix, mapping.candidates, labelled=True)
        first = self.c.argument(owner, gfield, nodes, "first", ParamKind.FIRST, mapping.page.maximum)
        item = named_type(gfield.type)
        assert isinstance(item, GraphQLObjectType)
        expr, spec = self.hit(item, sets, mapping)
        n, s, t, lab = self.node, SCORE, TYPE, LABEL
        text = (
            f"{calls}\nWITH node AS {n}, score AS {s}, type AS {t}, label AS {lab}\n"
            f"ORDER BY {s} DESC, size({lab}), {n}.id, {t} LIMIT ${first}\n"
            f"RETURN collect({expr}) AS v"
        )
        return text, shaping.ListSpec(item=spec, nonnull=isinstance(gfield.type, GraphQLNonNull))
