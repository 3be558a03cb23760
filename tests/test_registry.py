"""The query registry: loads the project's files, refuses malformed ones, and matches the code."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphdb import queries
from graphdb.errors import RegistryError, UnknownQuery
from graphdb.registry import CYPHER_ROOT, QueryRegistry, Statement
from graphdb.runner import Runner
from resolvers.compiled import FRAGMENTS
from resolvers.compiler import fragments_used
from schema import build_schema

SCHEMA = build_schema()

GOOD = "// demo/ok: one row {x}.\n// params: $id\nMATCH (n {id: $id}) RETURN n.id AS x\n"


def write(root: Path, name: str, text: str) -> Path:
    path = root / f"{name}.cypher"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_loads_every_project_file() -> None:
    registry = QueryRegistry.load()
    on_disk = {p.relative_to(CYPHER_ROOT).with_suffix("").as_posix() for p in CYPHER_ROOT.rglob("*.cypher")}
    assert set(registry) == on_disk
    assert registry[queries.IMPORT_RANK_PAPERS].params == {"ids", "sep"}
    assert registry["fields/Researcher.metrics"].params == frozenset()


def test_names_used_in_code_equal_files_on_disk() -> None:
    registry = QueryRegistry.load()
    constraints = {name for name in registry if name.startswith(queries.CONSTRAINTS_PREFIX)}
    assert constraints, "the migration step has no constraint statements"
    fragments = fragments_used(SCHEMA._schema)
    assert fragments, "the schema's mappings use no fragment"
    assert set(registry) == queries.ALL | constraints | fragments


def explainable(stmt: Statement) -> str:
    """A fragment wrapped into a statement: its `// on:` pattern binds the variables it reads."""
    on = next(h.split(":", 1)[1].strip() for h in stmt.header.splitlines() if h.startswith("on:"))
    kind = next(h.split(":", 1)[1].strip() for h in stmt.header.splitlines() if h.startswith("kind:"))
    body = "\n".join(line for line in stmt.text.splitlines() if not line.lstrip().startswith("//"))
    if kind == "expression":
        return f"MATCH {on} RETURN {body} AS value"
    return f"MATCH {on} RETURN COLLECT {{\n{body}\nRETURN _that\n}} AS value"


def test_accepts_a_well_formed_file(tmp_path: Path) -> None:
    write(tmp_path, "demo/ok", GOOD)
    stmt = QueryRegistry.load(tmp_path)["demo/ok"]
    assert stmt.params == {"id"}
    assert stmt.text.startswith("// demo/ok")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("MATCH (n) RETURN n\n", "header"),
        ("// no params line\nMATCH (n) RETURN n\n", "params"),
        ("// header\n// params: none\n", "no statement"),
        ("// header\n// params: none\nMATCH (n RETURN n\n", "unclosed"),
        ("// header\n// params: none\nMATCH (n)) RETURN n\n", "unbalanced"),
        ("// header\n// params: none\nRETURN 'open AS x\n", "quote"),
        ("// header\n// params: none\nRETURN 1 AS x; RETURN 2 AS y\n", "more than one statement"),
        ("// header\n// params: $id\nMATCH (n {id: $other}) RETURN n\n", "differ"),
        ("// header\n// params: none\nMATCH (n {id: $id}) RETURN n\n", "differ"),
        ("// header\n// params: id\nMATCH (n {id: $id}) RETURN n\n", "params"),
    ],
)
def test_refuses_a_malformed_file(tmp_path: Path, text: str, reason: str) -> None:
    write(tmp_path, "demo/bad", text)
    with pytest.raises(RegistryError, match=reason):
        QueryRegistry.load(tmp_path)


def test_parameters_inside_strings_and_comments_do_not_count(tmp_path: Path) -> None:
    text = "// demo: one row.\n// params: $id\nMATCH (n {id: $id}) // not $this\nRETURN 'costs $5; really' AS x\n"
    write(tmp_path, "demo/strings", text)
    assert QueryRegistry.load(tmp_path)["demo/strings"].params == {"id"}


def test_refuses_a_duplicate_name(tmp_path: Path) -> None:
    write(tmp_path / "a", "demo/same", GOOD)
    write(tmp_path / "b", "demo/same", GOOD)
    with pytest.raises(RegistryError, match="duplicate"):
        QueryRegistry.load(tmp_path / "a", tmp_path / "b")


def test_refuses_names_that_differ_only_in_case(tmp_path: Path) -> None:
    write(tmp_path, "demo/Same", GOOD)
    write(tmp_path, "demo/same", GOOD)
    with pytest.raises(RegistryError, match="duplicate"):
        QueryRegistry.load(tmp_path)


def test_refuses_a_missing_directory(tmp_path: Path) -> None:
    with pytest.raises(RegistryError, match="does not exist"):
        QueryRegistry.load(tmp_path / "nowhere")


def test_unknown_name_is_a_clear_error() -> None:
    with pytest.raises(UnknownQuery, match="no statement named"):
        QueryRegistry.load()["researcher/nope"]


async def test_every_statement_compiles_on_neo4j(runner: Runner) -> None:
    """EXPLAIN plans each statement on the real server without running it."""
    registry = QueryRegistry.load()
    for name in registry:
        if name.startswith(queries.CONSTRAINTS_PREFIX):
            continue
        stmt = registry[name]
        params = dict.fromkeys(stmt.params)
        text = explainable(stmt) if name.startswith(FRAGMENTS) else stmt.text
        await runner.driver.execute_query("EXPLAIN " + text, params, database_=runner.database)
