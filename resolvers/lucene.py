"""Lucene query text for Neo4j's full-text indexes, made from what a client typed: user text is never a query.

Neo4j parses a full-text query with Lucene's classic query parser, where `+ - && || ! ( ) { } [ ] ^ " ~ * ? : \\ /`
and the words AND, OR and NOT are operators. Here every word the client typed is put in double quotes, the one
place where the parser reads no operator: inside quotes only `\\` and `"` are special, and both are escaped. A
quoted word is analysed like the indexed text (split into tokens, lower-cased) and matches as a phrase of its
tokens: `C++` is the term `c`, `e-mail` the phrase `e mail`, `title:foo` the token `title:foo` (no field), `AND`
the term `and`, `*` nothing at all (a word with no token matches nothing and is dropped by the parser).

- `search_query`: any of the words (Lucene's default OR), ranked by Lucene's BM25 relevance.
- `prefix_query`: every word (`+`), the last one as a prefix (`alzh*`, plus the exact term, so a completed word
  ranks above longer words that start with it) unless the text ends with a space.

Both answer None for text without words; the caller then runs no query at all.
"""

from __future__ import annotations

import re
from typing import Final

# The last word's trailing run of word characters (apostrophes inside, as the standard tokenizer keeps them in
# `alzheimer's`): the part of a prefix that can end an indexed token.
PREFIX_RUN_RE: Final = re.compile(r"\w[\w'\u2019]*$")


def quoted(word: str) -> str:
    """The word as a Lucene quoted string: only the backslash and the double quote need escaping there."""
    return '"' + word.replace("\\", "\\\\").replace('"', '\\"') + '"'


def search_query(text: str) -> str | None:
    """A query matching any of the words of `text`, each as a phrase of its tokens; None when it has no words."""
    words = text.split()
    return " ".join(quoted(word) for word in words) if words else None


def prefix_query(prefix: str) -> str | None:
    """A query matching every word of `prefix`, the last as the beginning of a token; None when it has no words."""
    words = prefix.split()
    if not words:
        return None
    complete, last = (words, "") if prefix[-1].isspace() else (words[:-1], words[-1])
    clauses = [f"+{quoted(word)}" for word in complete]
    run = PREFIX_RUN_RE.search(last)
    head = last[: run.start()] if run is not None else last
    if any(ch.isalnum() for ch in head):
        clauses.append(f"+{quoted(head)}")  # `e-` of `e-ma`: a complete token before the one being typed
    if run is not None:
        stem = run.group(0).lower()  # word characters and apostrophes only: no Lucene operator among them
        clauses.append(f"+({stem}* {quoted(stem)})")
    return " ".join(clauses) if clauses else None
