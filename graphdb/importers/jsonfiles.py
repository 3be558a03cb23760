"""Reading JSON inputs: one object, an array, an API list page or JSON Lines, plain or gzip-compressed.

`json_records` yields every JSON object of a file with where it was found (`line 7` in JSON Lines,
`item 2` in an array). Gzip is recognised by its magic bytes, not by the file name. JSON Lines are
streamed line by line (files can be gigabytes); a whole JSON document is loaded at once. A malformed
line of JSON Lines is yielded as `Malformed` (the parsers report it as a skipped record) and the file
goes on; a file that is not JSON at all raises `FormatError` with one line naming the file.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any, BinaryIO, NamedTuple, cast

import orjson

from graphdb.importers.base import FormatError
from graphdb.importers.normalize import clean

GZIP_MAGIC = b"\x1f\x8b"
_BOM = b"\xef\xbb\xbf"
_SNIFF_BYTES = 65536
_SNIFF_LINES = 5
_READ_ERRORS = (OSError, EOFError, zlib.error)


class Malformed(NamedTuple):
    """A piece of the file that is not a JSON object (a malformed JSON Lines line, a scalar in an array)."""

    detail: str


class JsonItem(NamedTuple):
    """One JSON object of a file (or what stood in its place), with where it was found."""

    at: str  # "line 7" (JSON Lines), "item 2" (array or API page), "document" (a single object)
    value: dict[str, Any] | Malformed


def one_line(text: object) -> str:
    """`text` as a single line (for error messages)."""
    return " ".join(str(text).split())


def open_binary(path: Path) -> BinaryIO:
    """The file's bytes, decompressed when it starts with the gzip magic bytes."""
    try:
        raw = path.open("rb")
    except OSError as exc:
        raise FormatError(f"{path}: cannot read ({one_line(exc.strerror or exc)})") from exc
    try:
        magic = raw.read(2)
        raw.seek(0)
    except OSError as exc:
        raw.close()
        raise FormatError(f"{path}: cannot read ({one_line(exc)})") from exc
    if magic == GZIP_MAGIC:
        return cast(BinaryIO, gzip.GzipFile(fileobj=raw, mode="rb"))  # closing it leaves `raw` open
    return raw


def json_records(path: Path) -> Iterator[JsonItem]:
    """Every JSON object in the file, in order (see the module docstring).

    An object `{"results": [...]}` without an `id` (an OpenAlex API list page) yields its results.
    Raises FormatError when the file cannot be read or is not JSON.
    """
    stream = open_binary(path)
    try:
        yield from _records(path, stream)
    except _READ_ERRORS as exc:
        raise FormatError(f"{path}: cannot read ({one_line(exc)})") from exc
    finally:
        inner = getattr(stream, "fileobj", None)
        stream.close()
        if inner is not None:
            inner.close()


def _records(path: Path, stream: IO[bytes]) -> Iterator[JsonItem]:
    head = stream.read(_SNIFF_BYTES)
    stripped = head.removeprefix(_BOM).lstrip()
    if not stripped:
        return  # an empty file holds no records
    first = stripped[:1]
    if first not in (b"{", b"["):
        raise FormatError(f"{path}: not JSON (expected a JSON object, array or JSON Lines; {_describe(head)})")
    stream.seek(0)
    if first == b"{":
        sniffed: list[tuple[int, bytes]] = []
        number = 0
        jsonl = False
        while len(sniffed) < _SNIFF_LINES:
            line = stream.readline()
            if not line:
                break
            number += 1
            if number == 1:
                line = line.removeprefix(_BOM)
            if not line.strip():
                continue
            sniffed.append((number, line))
            if line[:1] == b"{" and _is_object_line(line):
                jsonl = True
                break
        if jsonl:
            for n, line in sniffed:
                yield from _line_items(n, line)
            for line in stream:
                number += 1
                if line.strip():
                    yield from _line_items(number, line)
            return
        stream.seek(0)
    yield from _document_items(path, stream.read().removeprefix(_BOM))


def _is_object_line(line: bytes) -> bool:
    try:
        return isinstance(orjson.loads(line), dict)
    except orjson.JSONDecodeError:
        return False


def _line_items(number: int, line: bytes) -> Iterator[JsonItem]:
    at = f"line {number}"
    try:
        value = orjson.loads(line)
    except orjson.JSONDecodeError:
        yield JsonItem(at, Malformed(f"{at}: {_line_error(line)}"))
        return
    if not isinstance(value, dict):
        yield JsonItem(at, Malformed(f"{at}: not a JSON object"))
        return
    yield from _unwrap(at, value)


def _line_error(line: bytes) -> str:
    """What is wrong with a malformed line, with the column (orjson's `line 1` would mislead in JSON Lines)."""
    try:
        orjson.loads(line.rstrip(b"\r\n"))
    except orjson.JSONDecodeError as exc:
        return f"{one_line(exc.msg)} at column {exc.colno}" if exc.msg else one_line(exc)
    return "malformed JSON"


def _document_items(path: Path, data: bytes) -> Iterator[JsonItem]:
    try:
        value = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise FormatError(f"{path}: not valid JSON or JSON Lines ({one_line(exc)})") from exc
    if isinstance(value, dict):
        yield from _unwrap("document", value)
    elif isinstance(value, list):
        for i, item in enumerate(value, 1):
            at = f"item {i}"
            if isinstance(item, dict):
                yield from _unwrap(at, item)
            else:
                yield JsonItem(at, Malformed(f"{at}: not a JSON object"))
    else:
        raise FormatError(f"{path}: a single JSON {type(value).__name__}, expected JSON objects")


def _unwrap(at: str, value: dict[str, Any]) -> Iterator[JsonItem]:
    """An API list page (`{"meta": ..., "results": [...]}`) as its results; any other object as itself."""
    results = value.get("results")
    if "id" in value or not isinstance(results, list):
        yield JsonItem(at, value)
        return
    prefix = "" if at == "document" else f"{at} "
    for i, item in enumerate(results, 1):
        where = f"{prefix}item {i}"
        yield JsonItem(where, item if isinstance(item, dict) else Malformed(f"{where}: not a JSON object"))


def _describe(head: bytes) -> str:
    """What the start of a non-JSON file looks like."""
    text = head.removeprefix(_BOM).lstrip()
    if b"\x00" in head[:1024]:
        return "found binary data"
    if text[:1] == b"<":
        return "found XML or HTML"
    try:
        head[:1024].decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < 1020:  # not only a character cut at the end of the sample
            return "found binary data"
    return "found text that is not JSON"


def require_format(
    path: Path,
    items: Iterator[JsonItem],
    looks_like: Callable[[dict[str, Any]], bool],
    expected: str,
    sample: int = 5,
) -> Iterator[JsonItem]:
    """`items`, once one of the first `sample` objects `looks_like` the format; else FormatError.

    Nothing is yielded before the decision (malformed lines ahead of the first object are held back).
    A file without any object (empty, or only malformed lines) passes.
    """
    items = iter(items)
    held: list[JsonItem] = []
    objects = 0
    for item in items:
        held.append(item)
        if not isinstance(item.value, dict):
            continue
        objects += 1
        if looks_like(item.value):
            break
        if objects >= sample:
            raise FormatError(f"{path}: not {expected}")
    else:
        if objects:
            raise FormatError(f"{path}: not {expected}")
    yield from held
    yield from items


# --- reading values out of a decoded record (shared by the JSON parsers) ---------------------------


def json_obj(value: object, what: str) -> dict[str, Any]:
    """`value` when it is an object; {} for null; TypeError (a malformed record) for anything else."""
    if value is None:
        return {}
    if isinstance(value, dict):
        return value
    raise TypeError(f"{what} is a {type(value).__name__}, expected an object")


def json_list(value: object, what: str) -> list[Any]:
    """`value` when it is a list; [] for null; TypeError (a malformed record) for anything else."""
    if value is None:
        return []
    if isinstance(value, list):
        return value
    raise TypeError(f"{what} is a {type(value).__name__}, expected a list")


def json_str(value: object) -> str | None:
    """A string value with its whitespace collapsed; None for empty or non-string values."""
    return clean(value) if isinstance(value, str) else None


def json_scalar(value: object) -> str | int | None:
    """A string or integer value (an id given either way); None otherwise."""
    return value if isinstance(value, str | int) and not isinstance(value, bool) else None


def json_int(value: object) -> int | None:
    """An integer, or a string of digits, as int; None otherwise."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return None


def json_float(value: object) -> float | None:
    """A number as float; None otherwise."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)
