"""The printed SDL is committed (an API change is a deliberate diff) and everything is described."""

from __future__ import annotations

from graphql import GraphQLObjectType

from schema import build_schema
from schema.sdl import SDL_FILE, printed


def test_committed_sdl_matches_the_schema() -> None:
    assert SDL_FILE.read_text() == printed(), "the API changed: run `make sdl` and commit schema.graphql"


def test_every_type_field_and_argument_has_a_description() -> None:
    schema = build_schema()._schema
    missing = []
    for name, gql_type in schema.type_map.items():
        if name.startswith("__") or not isinstance(gql_type, GraphQLObjectType):
            continue
        if not gql_type.description:
            missing.append(name)
        for field_name, field in gql_type.fields.items():
            if not field.description:
                missing.append(f"{name}.{field_name}")
            missing += [f"{name}.{field_name}({arg})" for arg, a in field.args.items() if not a.description]
    assert missing == []
