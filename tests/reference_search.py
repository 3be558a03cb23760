"""The reference's reading of `search` and `suggest`, written from the SDL's descriptions (and the README's cursor
format) with plain string operations: the Lucene query each text becomes, the indexes each type reads, cursors,
and the order hits are merged in. Nothing is shared with `resolvers.lucene` or `resolvers.search`.
"""

from __future__ import annotations

import base64
import json
import re
from typing import Any, Final

from graphql import GraphQLError

# From the SearchType descriptions: (node type, the index `search` reads, the index `suggest` reads).
INDEXES: Final = {
    "RESEARCHER": ("Researcher", "researcher_names", "researcher_full_names"),
    "PAPER": ("Paper", "paper_text", "paper_titles"),
    "TOPIC": ("Topic", "topic_names", "topic_names"),
    "INSTITUTION": ("Institution", "institution_names", "institution_names"),
    "VENUE": ("Venue", "venue_names", "venue_names"),
}
# The property each index `suggest` reads holds: a suggestion's label.
LABELS: Final = {
    "researcher_full_names": ("name",),
    "paper_titles": ("title",),
    "topic_names": ("name",),
    "institution_names": ("name",),
    "venue_names": ("name",),
}
DEPTH_RE: Final = re.compile(r"gives its (\d+) best hits at most")
CANDIDATES_RE: Final = re.compile(r"From the (\d+) best index hits of each type")
CHARACTERS_RE: Final = re.compile(r"at most (\d+) characters")


def bad_input(message: str) -> GraphQLError:
    return GraphQLError(message, extensions={"code": "BAD_USER_INPUT"})


def number(pattern: re.Pattern[str], description: str | None) -> int:
    found = pattern.search(description or "")
    assert found, f"no {pattern.pattern!r} in {description!r}"
    return int(found.group(1))


def phrase(word: str) -> str:
    """A word between double quotes, where Lucene's parser reads no operator; backslashes and quotes escaped."""
    escaped = "".join("\\" + ch if ch in '\\"' else ch for ch in word)
    return f'"{escaped}"'


def plain_query(text: str) -> str | None:
    """PLAIN: any of the words, each matched as typed."""
    words = text.split()
    if not words:
        return None
    return " OR ".join(phrase(word) for word in words)


def prefix_query(prefix: str) -> str | None:
    """Every word of the prefix; the last one's final run of letters and digits (apostrophes inside) as the
    beginning of a word, also scored as the word itself; what comes before that run in the last word as a word."""
    words = prefix.split()
    if not words:
        return None
    ends_typed = prefix[-1].isspace()
    required = words if ends_typed else words[:-1]
    clauses = ["+" + phrase(word) for word in required]
    if not ends_typed:
        last = words[-1]
        begin = len(last)
        while begin > 0 and (last[begin - 1].isalnum() or last[begin - 1] == "_" or last[begin - 1] in "'\u2019"):
            begin -= 1
        while begin < len(last) and not (last[begin].isalnum() or last[begin] == "_"):
            begin += 1  # the run starts with a letter or digit
        before, run = last[:begin], last[begin:].lower()
        if any(ch.isalnum() for ch in before):
            clauses.append("+" + phrase(before))
        if run:
            clauses.append(f"+({run}* {phrase(run)})")
    return " ".join(clauses) if clauses else None


def cursor(score: float, node_id: str, type_name: str) -> str:
    """The README's cursor: base64 of the compact JSON `[score, id, type]`."""
    text = json.dumps([score, node_id, type_name], ensure_ascii=False, separators=(",", ":"))
    return base64.b64encode(text.encode()).decode()


def position(after: str) -> tuple[float, str, str]:
    try:
        score, node_id, type_name = json.loads(base64.b64decode(after, validate=True))
    except Exception:
        raise bad_input("not a cursor of this search") from None
    if not isinstance(score, int | float) or isinstance(score, bool):
        raise bad_input("not a cursor of this search")
    if not isinstance(node_id, str) or not isinstance(type_name, str):
        raise bad_input("not a cursor of this search")
    return float(score), node_id, type_name


def chosen(types: list[str] | None) -> list[str]:
    """The SearchType names chosen: all when null."""
    return list(INDEXES) if types is None else [t for t in INDEXES if t in types]


def search_order(hit: dict[str, Any]) -> tuple[float, str, str]:
    """Relevance descending, then id, then type name."""
    return (-hit["score"], hit["id"], hit["type"])


def suggest_order(hit: dict[str, Any]) -> tuple[float, int, str, str]:
    """Relevance descending, then the shorter label, then id, then type name."""
    return (-hit["score"], len(hit["label"]), hit["id"], hit["type"])
