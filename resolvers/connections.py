"""Connections compiled into one subquery each: the list's pattern, its `where` filter, its order (the sort
terms, else the list's own order), a page read by keyset cursors (`first`/`after`, `last`/`before`) or an
offset, and the parts selected (`totalCount`, `nodes`, Relay `edges`, `pageInfo`).

A connection is the Cypher list `[count, page]`: the count is `COUNT { }` (a degree or a count store when
nothing filters it), taken only when `totalCount` is selected; the page is one `COLLECT { }` of rows
`[keys, item, ...]`, reading one row more than the page so `hasNextPage` needs no count, with the order keys
for the cursors and one item per `nodes`/`edges` selection.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from graphql import FieldNode, GraphQLField, GraphQLNamedType, GraphQLObjectType

from graphdb.order_keys import CITED_RANKED, CYPHER_AFTER_SEPARATOR, CYPHER_SEPARATOR
from resolvers import cursors, shaping
from resolvers.compiled import Ctx, NotPlannableError, ParamKind
from resolvers.compiler import OFFSET_MAX, Compiler, named_type
from resolvers.cursors import Key
from resolvers.errors import UserInputError
from resolvers.filters import ARROWS, WhereCompiler
from resolvers.mapping import (
    Connection,
    EdgePart,
    FacetPart,
    Facets,
    Filter,
    Hop,
    Order,
    Page,
    Scan,
    mapping_of,
)

FACET_MAXIMUM = 200


@dataclass(frozen=True, slots=True)
class Source:
    """Where a connection's items come from: the MATCH that binds them, conditions it always carries, the
    count when nothing filters it, and the list's own order."""

    match: str
    conditions: tuple[str, ...]
    count: str
    far: str
    rel: str | None
    ctx: Ctx
    keys: tuple[Key, ...]
    ranked: bool
    owner_range: tuple[str, str] | None = None  # a ranked list's keys lie between these (start, end)
    most_cited: Source | None = None  # the same list read most cited first from its `citedRank` keys


def _keys(order: Sequence[Order], far: str, rel: str) -> tuple[Key, ...]:
    keys = [Key(f"{far if o.on == 'node' else rel}.{o.prop}", o.desc, nullable=o.prop != "id") for o in order]
    if not keys or keys[-1].expr != f"{far}.id":
        keys.append(Key(f"{far}.id", nullable=False))
    return tuple(keys)


class ConnectionCompiler:
    """Compiles connection fields with the selection compiler's names and parameters."""

    def __init__(self, compiler: Compiler) -> None:
        self.c = compiler
        self.w = WhereCompiler(compiler)
        self.prefix = ""  # a clause a root collection's statement starts with (its label's count)

    def hop_source(
        self, mapping: Hop, ctx: Ctx, gfield: GraphQLField, nodes: Sequence[FieldNode], owner: str
    ) -> Source:
        far, rel = self.c.fresh("n"), self.c.fresh("e")
        left, right = ARROWS[mapping.direction]
        chosen = mapping.rel
        if mapping.switch is not None and not self.c.flag(owner, gfield, nodes, mapping.switch.argument):
            chosen = mapping.switch.rel_if_false
        rel_type = self.c.prop_name(chosen)
        match = f"MATCH ({ctx.node}){left}[{rel}:{rel_type}]{right}({far}:{self.c.prop_name(mapping.label)})"
        element = Ctx(node=far, edge=rel, source=ctx.node)
        if mapping.ranked:
            count = f"COUNT {{ ({ctx.node}){left}[:{rel_type}]{right}() }}"
            ranged = f"{rel}.rank STARTS WITH {ctx.node}.id + {CYPHER_SEPARATOR}"
            keys = (Key(f"{rel}.rank", nullable=False),)
            # SEEK, not only INDEX: with index statistics sampled while the index was (nearly) empty, as after a
            # bulk import, Neo4j can satisfy a plain index hint with a scan of the whole index in key order.
            hinted = f"{match} USING INDEX SEEK {rel}:{rel_type}(rank)"
            bounds = (f"{ctx.node}.id + {CYPHER_SEPARATOR}", f"{ctx.node}.id + {CYPHER_AFTER_SEPARATOR}")
            cited = None
            if chosen in CITED_RANKED:
                cited = Source(
                    f"{match} USING INDEX SEEK {rel}:{rel_type}(citedRank)",
                    (f"{rel}.citedRank STARTS WITH {ctx.node}.id + {CYPHER_SEPARATOR}",),
                    count,
                    far,
                    rel,
                    element,
                    (Key(f"{rel}.citedRank", nullable=False),),
                    ranked=True,
                    owner_range=bounds,
                )
            return Source(
                hinted, (ranged,), count, far, rel, element, keys, ranked=True, owner_range=bounds, most_cited=cited
            )
        return Source(match, (), f"COUNT {{\n{match}\n}}", far, rel, element, _keys(mapping.order, far, rel), False)

    def scan_source(self, mapping: Scan, gfield: GraphQLField, nodes: Sequence[FieldNode], owner: str) -> Source:
        """A whole label; read from an anchor node when the `where` names one (`authors: { some: { id: { eq:
        ... } } }` starts at that researcher), else in id order from the label's id index."""
        far = self.c.fresh("n")
        label = self.c.prop_name(mapping.label)
        keys = (Key(f"{far}.id", nullable=False),)
        where = self.w.given(gfield, nodes, "where")
        anchor = self.w.anchor(where[0], where[1], owner) if where is not None else None
        if anchor is not None:
            hop, param = anchor
            left, right = ARROWS[hop.direction]
            node = f"{self.c.fresh('a')}:{self.c.prop_name(hop.label)} {{id: ${param}}}"
            match = f"MATCH ({far}:{label}){left}[:{self.c.prop_name(hop.rel)}]{right}({node})"
            return Source(match, (), f"COUNT {{ {match} }}", far, None, Ctx(node=far), keys, ranked=False)
        match = f"MATCH ({far}:{label})"
        # The whole label's size from the count store: a top-level count (a `COUNT { }` subquery would scan).
        total, counted = self.c.fresh("total"), self.c.fresh("x")
        self.prefix = f"CALL () {{ MATCH ({counted}:{label}) RETURN count({counted}) AS {total} }}\n"
        # The id test lets Neo4j read the label in id order from its uniqueness index and stop at the page.
        return Source(match, (f"{far}.id IS NOT NULL",), total, far, None, Ctx(node=far), keys, False)

    def compile(
        self, owner: str, gfield: GraphQLField, nodes: Sequence[FieldNode], source: Source, page: Page
    ) -> tuple[str, shaping.ConnSpec]:
        target = named_type(gfield.type)
        assert isinstance(target, GraphQLObjectType)
        keyed = source.most_cited is not None and self._most_cited_first(gfield, nodes)
        if keyed and source.most_cited is not None:
            source = source.most_cited  # `sort: [{ citationCount: DESC }]` read from the write-time keys
        conditions = list(source.conditions)
        where = self.w.given(gfield, nodes, "where")
        filtered = where is not None
        if where is not None:
            conditions.append(self.w.predicate(where[0], where[1], source.far, owner))
        keys, ranked_order = (source.keys, True) if keyed else self._order(owner, gfield, nodes, source)
        read = self._page(owner, gfield, nodes, page, keys)

        carried = ", ".join(v for v in (source.far, source.rel) if v)
        body = source.match if ranked_order else source.match.split(" USING INDEX ")[0]
        computed = not all(k.expr.startswith(f"{source.far}.") or k.expr.startswith(f"{source.rel}.") for k in keys)
        if computed:  # order keys that are expressions are computed once per row, then filtered and sorted on
            named = tuple(replace(k, expr=f"kv{source.far}[{i}]") for i, k in enumerate(keys))
            exprs = ", ".join(k.expr for k in keys)
            page_text = body + (f"\nWHERE {' AND '.join(conditions)}" if conditions else "")
            page_text += f"\nWITH {carried}, [{exprs}] AS kv{source.far}"
            if read.cursor is not None:
                page_text += f"\nWHERE {cursors.beyond(named, read.cursor, backward=read.backward)}"
            keys_out = f"kv{source.far}"
            carried += f", kv{source.far}"
            keys = named
        elif ranked_order and read.cursor is not None and source.owner_range is not None:
            # One index range from the cursor to the end of the owner's keys (the owner's prefix test would make
            # Neo4j seek from the owner's first key and filter its way to the cursor).
            every = [
                *(c for c in conditions if c not in source.conditions),
                self._ranked_range(keys[0].expr, f"${read.cursor}[0]", source, read.backward),
            ]
            page_text = body + f"\nWHERE {' AND '.join(f'({c})' for c in every)}"
            keys_out = "[" + ", ".join(k.expr for k in keys) + "]"
        else:
            every = [*conditions]
            if read.cursor is not None:
                every.append(cursors.beyond(keys, read.cursor, backward=read.backward))
            page_text = body + (f"\nWHERE {' AND '.join(f'({c})' for c in every)}" if every else "")
            keys_out = "[" + ", ".join(k.expr for k in keys) + "]"
        skip = f" SKIP ${read.offset}" if read.offset is not None else ""
        page_text += (
            f"\nWITH {carried} ORDER BY {cursors.order_by(keys, backward=read.backward)}{skip} LIMIT ${read.size} + 1"
        )

        count = source.count
        if filtered:
            count = f"COUNT {{\n{body}\nWHERE {' AND '.join(conditions)}\n}}"
            self.prefix = ""
        return self._parts(owner, target, nodes, source, page_text, keys_out, count, read, (body, conditions))

    def _most_cited_first(self, gfield: GraphQLField, nodes: Sequence[FieldNode]) -> bool:
        """Whether the sort is exactly `[{ citationCount: DESC }]` (ties by id), which a `citedRank` key serves."""
        sort = self.w.given(gfield, nodes, "sort")
        if sort is None or len(sort[1]) != 1:
            return False
        given = {k: v for k, v in sort[1][0].items() if v is not None}
        direction = given.get("citationCount")
        return len(given) == 1 and str(getattr(direction, "value", direction)) == "DESC"

    @staticmethod
    def _ranked_range(rank: str, cursor: str, source: Source, backward: bool) -> str:
        assert source.owner_range is not None
        start, end = source.owner_range
        if backward:
            return f"{rank} < CASE WHEN {cursor} < {end} THEN {cursor} ELSE {end} END AND {rank} > {start}"
        return f"{rank} > CASE WHEN {cursor} > {start} THEN {cursor} ELSE {start} END AND {rank} < {end}"

    def _order(
        self, owner: str, gfield: GraphQLField, nodes: Sequence[FieldNode], source: Source
    ) -> tuple[tuple[Key, ...], bool]:
        """The list's order keys, and whether it is the list's own write-time (ranked) order."""
        sort = self.w.given(gfield, nodes, "sort")
        if sort is None or not sort[1]:
            return source.keys, source.ranked
        terms = self.w.sort_terms(sort[0], sort[1], source.far, owner)
        keys = (*(Key(t.expr, t.desc) for t in terms), Key(f"{source.far}.id", nullable=False))
        return keys, False

    def _page(
        self, owner: str, gfield: GraphQLField, nodes: Sequence[FieldNode], page: Page, keys: tuple[Key, ...]
    ) -> shaping.PageRead:
        last = self.w.given(gfield, nodes, "last") if "last" in gfield.args else None
        after = self.w.given(gfield, nodes, "after") if "after" in gfield.args else None
        before = self.w.given(gfield, nodes, "before") if "before" in gfield.args else None
        first_written = any(a.name.value == "first" for a in nodes[0].arguments or ())
        if last is not None and first_written:
            raise UserInputError(f"`{owner}` takes `first` or `last`, not both")
        if after is not None and before is not None:
            raise UserInputError(f"`{owner}` takes `after` or `before`, not both")
        backward = last is not None or before is not None
        offset = None
        if "offset" in gfield.args and any(a.name.value == "offset" for a in nodes[0].arguments or ()):
            if after is not None or before is not None or backward:
                raise UserInputError(f"`{owner}` takes an `offset` or a cursor, not both")
            offset = self.c.argument(owner, gfield, nodes, "offset", ParamKind.OFFSET, OFFSET_MAX)
        size_arg = "last" if last is not None else "first"
        size = self.c.argument(owner, gfield, nodes, size_arg, ParamKind.FIRST, page.maximum)
        tag = cursors.tag([k.expr.split(".", 1)[-1] + (":DESC" if k.desc else "") for k in keys])
        cursor = None
        given = after if after is not None else before
        if given is not None:
            cursor = self.c.argument(owner, gfield, nodes, given[0].name, ParamKind.CURSOR, tag=tag, width=len(keys))
        return shaping.PageRead(size=size, backward=backward, tag=tag, offset=offset, cursor=cursor)

    def _parts(
        self,
        owner: str,
        target: GraphQLObjectType,
        nodes: Sequence[FieldNode],
        source: Source,
        page_text: str,
        keys_out: str,
        count: str,
        read: shaping.PageRead,
        body_conditions: tuple[str, list[str]],
    ) -> tuple[str, shaping.ConnSpec]:
        items: list[str] = []
        parts: list[shaping.ConnPart] = []
        facets: list[str] = []
        needs_count = False
        for key, part_nodes in self.c.collect(target, self.c.subsets(nodes)).items():
            pname = part_nodes[0].name.value
            if pname == "__typename":
                parts.append(shaping.TypenamePart(key=key, name=target.name))
                continue
            part = mapping_of(target.fields[pname])
            if isinstance(part, Facets):
                facet = self._facet(owner, target.fields[pname], part, part_nodes, source, body_conditions)
                facets.append(facet[0])
                parts.append(shaping.FacetsPart(key=key, column=1 + len(facets), entries=facet[1], size=facet[2]))
                continue
            assert isinstance(part, Connection), f"{target.name}.{pname}"
            if part.part == "totalCount":
                needs_count = True
                parts.append(shaping.TotalPart(key=key, column=0))
            elif part.part == "nodes":
                element = named_type(target.fields[pname].type)
                assert isinstance(element, GraphQLObjectType)
                expr, spec = self.c.obj(element, self.c.subsets(part_nodes), source.ctx)
                items.append(expr)
                parts.append(shaping.NodesPart(key=key, column=len(items), spec=replace(spec, nonnull=True)))
            elif part.part == "edges":
                parts.append(self._edges(key, named_type(target.fields[pname].type), part_nodes, source, items))
            else:
                info = self.c.info_spec(named_type(target.fields[pname].type), part_nodes)
                parts.append(shaping.PageInfoPart(key=key, column=1, spec=info))
        rows = f"COLLECT {{\n{page_text}\nRETURN [{', '.join([keys_out, *items])}] AS x\n}}"
        return f"[{', '.join([count if needs_count else 'null', rows, *facets])}]", shaping.ConnSpec(
            parts=tuple(parts), read=read, nonnull=True
        )

    def _facet(
        self,
        owner: str,
        gfield: GraphQLField,
        facets: Facets,
        nodes: Sequence[FieldNode],
        source: Source,
        listed: tuple[str, list[str]],
    ) -> tuple[str, tuple[tuple[str, str, shaping.Spec | None], ...], str]:
        """`groupBy(by:, first:)`: buckets over the whole filtered list, largest first, then by value."""
        given = self.w.given(gfield, nodes, "by")
        assert given is not None, "validation requires `by`"
        chosen = str(getattr(given[1], "value", given[1]))
        grouping, label = next(((g, lab) for name, g, lab in facets.by if name == chosen), (None, None))
        if grouping is None:
            raise NotPlannableError(f"{owner}: no facet {chosen}")
        size = self.c.argument(owner, gfield, nodes, "first", ParamKind.FIRST, FACET_MAXIMUM)
        body, conditions = listed
        head = body + (f"\nWHERE {' AND '.join(f'({c})' for c in conditions)}" if conditions else "")
        bucket_node = self.c.fresh("b")
        entries, node_expr = self._bucket_parts(gfield, nodes, label, bucket_node)
        far = source.far
        values, nulls, starts, bucket = (self.c.fresh(x) for x in ("vs", "nulls", "st", "bk"))
        if isinstance(grouping, Filter):
            value = f"{far}.{self.c.prop_name(grouping.prop)}"
            listed_values = f"COLLECT {{\n{head}\nWITH {value} AS x WHERE x IS NOT NULL\nRETURN x ORDER BY x\n}}"
            without = " AND ".join([*(f"({c})" for c in conditions), f"{value} IS NULL"])
            missing = f"COUNT {{\n{body}\nWHERE {without}\n}}"
            found = "null"
        else:
            group = self.c.fresh("g")
            reached = []
            for path in grouping.paths:
                match, reach = self.w.reach(path, far)
                reached.append(f"{match}\nRETURN {reach} AS {group}")
            union = "\nUNION\n".join(reached)
            listed_values = f"COLLECT {{\n{head}\nCALL ({far}) {{\n{union}\n}}\nRETURN {group}.id AS x ORDER BY x\n}}"
            missing = "0"
            assert label is not None
            found = f"{bucket_node}:{self.c.prop_name(label)} {{id: {bucket}[0]}}"
        # Grouped without aggregating functions (Neo4j refuses them in a subquery inside a projection that reads
        # outer variables): the sorted values, cut into runs of equal values, each run a bucket.
        text = (
            f"COLLECT {{\nWITH {listed_values} AS {values}, {missing} AS {nulls}\n"
            f"WITH {values}, {nulls}, [i IN range(0, size({values}) - 1) WHERE i = 0 OR {values}[i] <> {values}[i - 1]]"
            f" AS {starts}\n"
            f"UNWIND [k IN range(0, size({starts}) - 1) | [{values}[{starts}[k]], "
            f"coalesce({starts}[k + 1], size({values})) - {starts}[k]]]"
            f" + CASE WHEN {nulls} > 0 THEN [[null, {nulls}]] ELSE [] END AS {bucket}\n"
            f"WITH {bucket} ORDER BY {bucket}[1] DESC, {bucket}[0] IS NULL, {bucket}[0] LIMIT ${size}\n"
        )
        if found != "null":
            text += f"MATCH ({found})\nWITH {bucket}, {bucket_node} ORDER BY {bucket}[1] DESC, {bucket}[0]\n"
        text += f"RETURN [toString({bucket}[0]), {bucket}[1], {node_expr}] AS x\n}}"
        return text, entries, size

    def _bucket_parts(
        self, gfield: GraphQLField, nodes: Sequence[FieldNode], label: str | None, var: str
    ) -> tuple[tuple[tuple[str, str, shaping.Spec | None], ...], str]:
        bucket = named_type(gfield.type)
        assert isinstance(bucket, GraphQLObjectType)
        entries: list[tuple[str, str, shaping.Spec | None]] = []
        node_expr = "null"
        for key, sub in self.c.collect(bucket, self.c.subsets(nodes)).items():
            name = sub[0].name.value
            if name == "__typename":
                entries.append((key, "typename", shaping.ConstSpec(bucket.name)))
                continue
            part = mapping_of(bucket.fields[name])
            assert isinstance(part, FacetPart), f"{bucket.name}.{name}"
            if part.part != "node" or label is None:
                entries.append((key, part.part, None))
                continue
            runtime = self.c.schema.get_type(label)
            assert isinstance(runtime, GraphQLObjectType)
            expr, spec = self.c.obj(runtime, self.c.subsets(sub), Ctx(node=var))
            node_expr = f"[0, {expr}]"
            entries.append((key, "node", shaping.UnionSpec(branches=[(runtime.name, spec)])))
        return tuple(entries), node_expr

    def _edges(
        self, key: str, edge_type: GraphQLNamedType, nodes: Sequence[FieldNode], source: Source, items: list[str]
    ) -> shaping.EdgesPart:
        assert isinstance(edge_type, GraphQLObjectType)
        entries: list[tuple[str, str, shaping.Spec | None, int]] = []
        for sub_key, sub_nodes in self.c.collect(edge_type, self.c.subsets(nodes)).items():
            name = sub_nodes[0].name.value
            if name == "__typename":
                entries.append((sub_key, "typename", shaping.ConstSpec(edge_type.name), 0))
                continue
            part = mapping_of(edge_type.fields[name])
            if not isinstance(part, EdgePart):
                raise NotPlannableError(f"{edge_type.name}.{name} declares no edge part")
            if part.part == "cursor":
                entries.append((sub_key, "cursor", None, 0))
            else:
                element = named_type(edge_type.fields[name].type)
                assert isinstance(element, GraphQLObjectType)
                expr, spec = self.c.obj(element, self.c.subsets(sub_nodes), source.ctx)
                items.append(expr)
                entries.append((sub_key, "node", replace(spec, nonnull=True), len(items)))
        return shaping.EdgesPart(key=key, entries=tuple(entries))
