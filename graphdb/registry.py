"""The query registry: every `cypher/**/*.cypher` file, checked and loaded by name at start-up.

A file holds one statement. It starts with a `//` header that says what it returns and declares
its parameters on a `// params:` line (`// params: $id, $limit` or `// params: none`). Loading fails
on a missing directory, a duplicate name, or a malformed file: no header, no params line, an empty
body, more than one statement, unbalanced brackets or quotes, or parameters used in the body that
differ from the declared ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from graphdb.errors import RegistryError, UnknownQuery

CYPHER_ROOT = Path(__file__).resolve().parent.parent / "cypher"
NAME_RE = re.compile(r"^[a-z0-9_]+(/[A-Za-z0-9_.]+)*$")
PARAM_RE = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
PAIRS = {")": "(", "]": "[", "}": "{"}


@dataclass(frozen=True, slots=True)
class Statement:
    """One checked statement: its name (path under cypher/ without suffix), text and parameters."""

    name: str
    text: str
    params: frozenset[str]
    header: str
    path: Path


class QueryRegistry(Mapping[str, Statement]):
    """Statements by name. Looking up a name that has no file raises UnknownQuery."""

    def __init__(self, statements: Iterable[Statement]) -> None:
        self._by_name: dict[str, Statement] = {}
        for stmt in statements:
            if stmt.name in self._by_name:
                raise RegistryError(
                    f"duplicate query name {stmt.name!r}: {self._by_name[stmt.name].path} and {stmt.path}"
                )
            self._by_name[stmt.name] = stmt

    @classmethod
    def load(cls, *roots: Path) -> QueryRegistry:
        """Load every .cypher file under the roots (default: the project's cypher/ folder)."""
        roots = roots or (CYPHER_ROOT,)
        statements: list[Statement] = []
        folded: dict[str, Path] = {}
        for root in roots:
            if not root.is_dir():
                raise RegistryError(f"query directory {root} does not exist")
            for path in sorted(root.rglob("*.cypher")):
                stmt = parse_file(path, root)
                key = stmt.name.lower()
                if key in folded:
                    raise RegistryError(f"duplicate query name {stmt.name!r}: {folded[key]} and {path}")
                folded[key] = path
                statements.append(stmt)
        return cls(statements)

    def __getitem__(self, name: str) -> Statement:
        try:
            return self._by_name[name]
        except KeyError:
            raise UnknownQuery(f"no statement named {name!r} in the query registry") from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_name)

    def __len__(self) -> int:
        return len(self._by_name)


def parse_file(path: Path, root: Path) -> Statement:
    """Read and check one .cypher file."""
    name = path.relative_to(root).with_suffix("").as_posix()
    if not NAME_RE.match(name):
        raise RegistryError(f"{path}: name {name!r} must be lower-case folders and [A-Za-z0-9_.] file names")
    try:
        source = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise RegistryError(f"{path}: cannot be read: {err}") from err
    return parse_statement(name, source, path)


def parse_statement(name: str, source: str, path: Path) -> Statement:
    """Check a statement's header, structure and parameters."""
    lines = source.splitlines()
    header_lines: list[str] = []
    for line in lines:
        if not line.strip().startswith("//"):
            break
        header_lines.append(line.strip()[2:].strip())
    if not header_lines or not header_lines[0]:
        raise RegistryError(f"{path}: must start with a `//` header saying what the statement returns")
    declared = declared_params(header_lines, path)
    code = strip_comments(source, path)
    if not code.strip():
        raise RegistryError(f"{path}: has a header but no statement")
    body = code.strip()
    if body.endswith(";"):
        body = body[:-1].rstrip()
    if ";" in body:
        raise RegistryError(f"{path}: holds more than one statement; put each in its own file")
    used = frozenset(PARAM_RE.findall(body))
    if used != declared:
        missing = sorted(used - declared)
        unused = sorted(declared - used)
        raise RegistryError(
            f"{path}: parameters used {sorted(used)} differ from `// params:` (undeclared {missing}, unused {unused})"
        )
    return Statement(
        name=name, text=source.strip().rstrip(";"), params=declared, header="\n".join(header_lines), path=path
    )


def declared_params(header_lines: list[str], path: Path) -> frozenset[str]:
    found = [line for line in header_lines if line.lower().startswith("params:")]
    if len(found) != 1:
        raise RegistryError(
            f"{path}: the header needs exactly one `// params:` line (`// params: none` if it takes none)"
        )
    spec = found[0].split(":", 1)[1].strip()
    if spec.lower() == "none":
        return frozenset()
    names = [part.strip() for part in spec.split(",") if part.strip()]
    bad = [part for part in names if not re.fullmatch(r"\$[A-Za-z_][A-Za-z0-9_]*", part)]
    if bad or not names:
        raise RegistryError(f"{path}: `// params:` must list `$name`s separated by commas, got {spec!r}")
    return frozenset(part[1:] for part in names)


def strip_comments(source: str, path: Path) -> str:
    """The source with comments and string contents blanked; fails on unbalanced quotes or brackets."""
    out: list[str] = []
    stack: list[str] = []
    i, n = 0, len(source)
    while i < n:
        ch = source[i]
        if source.startswith("//", i):
            end = source.find("\n", i)
            i = n if end < 0 else end
            continue
        if source.startswith("/*", i):
            end = source.find("*/", i + 2)
            if end < 0:
                raise RegistryError(f"{path}: unclosed /* comment")
            i = end + 2
            continue
        if ch in "'\"`":
            j = i + 1
            while j < n and source[j] != ch:
                j += 2 if source[j] == "\\" and ch != "`" else 1
            if j >= n:
                raise RegistryError(f"{path}: unclosed {ch} quote")
            out.append(ch + " " * (j - i - 1) + ch)
            i = j + 1
            continue
        if ch in "([{":
            stack.append(ch)
        elif ch in PAIRS and (not stack or stack.pop() != PAIRS[ch]):
            raise RegistryError(f"{path}: unbalanced {ch!r} at offset {i}")
        out.append(ch)
        i += 1
    if stack:
        raise RegistryError(f"{path}: unclosed {stack[-1]!r}")
    return "".join(out)
