"""The app answers as an independent reference does, for every document of `tests/documents.py` it covers.

The reference (`tests/reference.py`) is the committed SDL made executable by graphql-core, with naive
resolvers running hand-written statements (`tests/cypher/reference/`); it shares no code with the
planner or shaping. Each covered document runs through the app (fast path on) and through the reference
on the same graph; the `data` must be the same JSON, key order included, and both must report errors, or
neither (with the reference's error codes among the app's).
"""

from __future__ import annotations

import json
from typing import Any, Final

import pytest
from graphql import ExecutionResult, graphql, parse

from graphdb.registry import QueryRegistry
from graphdb.runner import Runner
from schema import build_schema
from tests.documents import DOCS, Doc
from tests.execution import execute
from tests.reference import SDL, ReferenceContext, build_reference_schema, statement_names, unresolved_fields
from tests.reference_lists import CURSOR

APP = build_schema()
REFERENCE = build_reference_schema()

# Documents the app answers differently from the reference for a known reason, each with the bug it shows.
KNOWN_DIFFERENCES: Final[dict[str, str]] = {}


def exclusion(doc: Doc) -> str | None:
    """Why the document is not compared, or None."""
    if doc.name in KNOWN_DIFFERENCES:
        return KNOWN_DIFFERENCES[doc.name]
    if "after:" in doc.query or "before:" in doc.query:
        return "passes a cursor, which the reference does not read (tests/test_collections.py walks cursors)"
    missing = unresolved_fields(REFERENCE, parse(doc.query))
    if missing:
        return "selects fields the reference does not resolve: " + ", ".join(sorted(missing))
    return None


EXCLUDED: Final = {doc.name: reason for doc in DOCS if (reason := exclusion(doc)) is not None}
COVERED: Final = [doc for doc in DOCS if doc.name not in EXCLUDED]


def test_the_reference_covers_most_documents() -> None:
    assert len(COVERED) >= 0.6 * len(DOCS), EXCLUDED
    assert set(KNOWN_DIFFERENCES) <= {doc.name for doc in DOCS}, "a known difference names no document"


def test_the_reference_is_built_from_the_committed_sdl() -> None:
    assert REFERENCE.query_type is not None
    assert SDL.read_text(encoding="utf-8").strip() == APP.as_str().strip()


def test_every_reference_statement_is_used_and_loads(registry: QueryRegistry) -> None:
    source = "".join(
        (SDL.parent / "tests" / f).read_text(encoding="utf-8") for f in ("reference.py", "reference_lists.py")
    )
    names = statement_names()
    assert names, "no reference statements"
    assert names <= set(registry)
    unused = {name for name in names if f'"{name.removeprefix("reference/")}"' not in source}
    assert not unused


async def run_reference(runner: Runner, doc: Doc) -> ExecutionResult:
    return await graphql(
        REFERENCE,
        doc.query,
        variable_values=doc.variables,
        operation_name=doc.operation,
        context_value=ReferenceContext(runner),
    )


def error_codes(errors: list[Any]) -> set[str]:
    return {code for e in errors if (code := (e.get("extensions") or {}).get("code"))}


def _without_cursors(value: Any) -> Any:
    """The answer with each opaque cursor replaced by the reference's placeholder."""
    if isinstance(value, dict):
        return {
            k: CURSOR if k in ("cursor", "startCursor", "endCursor") and isinstance(v, str) else _without_cursors(v)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_without_cursors(v) for v in value]
    return value


@pytest.mark.parametrize("doc", COVERED, ids=[d.name for d in COVERED])
async def test_the_app_answers_as_the_reference(runner: Runner, extras: None, doc: Doc) -> None:
    text, _, _ = await execute(APP, runner, doc, fast=True)
    app = _without_cursors(json.loads(text))
    reference = _without_cursors((await run_reference(runner, doc)).formatted)
    assert json.dumps(app["data"]) == json.dumps(reference["data"])
    # Errors: both answer some or neither, and the codes the reference gives (its page-size checks) are the
    # app's. Paths and messages are the app's own (it reports a page size at the root field it plans).
    app_errors, reference_errors = app.get("errors", []), reference.get("errors", [])
    assert bool(app_errors) == bool(reference_errors), (app_errors, reference_errors)
    assert error_codes(reference_errors) <= error_codes(app_errors)
