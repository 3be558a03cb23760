"""The printed SDL is committed: an API change is a deliberate diff (descriptions: tests/test_mappings.py)."""

from __future__ import annotations

from schema.sdl import SDL_FILE, printed


def test_committed_sdl_matches_the_schema() -> None:
    assert SDL_FILE.read_text() == printed(), "the API changed: run `make sdl` and commit schema.graphql"
