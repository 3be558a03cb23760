"""Every field of the schema says how it is read, and every type, field and argument is described."""

from __future__ import annotations

from graphql import GraphQLInputObjectType, GraphQLInterfaceType, GraphQLObjectType

from resolvers.mapping import Hop, Pattern, Root, has_own_resolver, mapping_of
from schema import build_schema

SCHEMA = build_schema()._schema


def own_types() -> list[GraphQLObjectType]:
    return [t for t in SCHEMA.type_map.values() if isinstance(t, GraphQLObjectType) and not t.name.startswith("__")]


def test_every_field_is_mapped_or_has_a_resolver() -> None:
    unmapped = [
        f"{t.name}.{name}"
        for t in own_types()
        for name, f in t.fields.items()
        if mapping_of(f) is None and not has_own_resolver(f)
    ]
    assert unmapped == []


def test_root_fields_are_root_mappings_and_nothing_else_is() -> None:
    for t in own_types():
        for name, f in t.fields.items():
            assert isinstance(mapping_of(f), Root) == (t.name == "Query"), f"{t.name}.{name}"


def test_every_list_of_neighbours_is_paged_with_a_maximum() -> None:
    for t in own_types():
        for name, f in t.fields.items():
            mapping = mapping_of(f)
            if isinstance(mapping, Hop | Pattern) and mapping.many:
                assert mapping.page is not None, name
                assert 0 < mapping.page.default <= mapping.page.maximum, name
                assert "first" in f.args, f"{t.name}.{name} takes no page size"


def test_every_type_field_and_argument_is_described() -> None:
    missing: list[str] = []
    for t in SCHEMA.type_map.values():
        if t.name.startswith("__") or t.name in ("String", "Int", "Float", "Boolean", "ID"):
            continue
        if not t.description:
            missing.append(t.name)
        if isinstance(t, GraphQLObjectType | GraphQLInterfaceType | GraphQLInputObjectType):
            for name, f in t.fields.items():
                if not f.description:
                    missing.append(f"{t.name}.{name}")
                for arg_name, arg in getattr(f, "args", {}).items():
                    if not arg.description:
                        missing.append(f"{t.name}.{name}({arg_name})")
    assert missing == []
