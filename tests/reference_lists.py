"""The reference's connections with `where`, `sort`, `last` and root collections: the whole list is read (the
list's own statement with no page limit, or every node of a label), then filtered, sorted and paged in Python
as the SDL's descriptions state, with the neighbours each condition needs read one node at a time.

Cursors are opaque, so the reference gives the placeholder `CURSOR` wherever the API gives one, and does not
read cursors back (documents that pass `after`/`before` are covered by tests/test_collections.py instead).
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Final

from graphql import GraphQLError

CURSOR: Final = "CURSOR"
API_LABELS: Final = ("Paper", "Researcher", "Topic", "Institution", "Venue")

# Relationship filters, from the input fields' descriptions: (relationship type, leaving the node?).
RELATIONS: Final[dict[tuple[str, str], tuple[str, bool]]] = {
    ("PaperWhere", "authors"): ("AUTHORED", False),
    ("PaperWhere", "venue"): ("PUBLISHED_IN", True),
    ("PaperWhere", "references"): ("CITES", True),
    ("PaperWhere", "citations"): ("CITES", False),
    ("PaperWhere", "taggedTopics"): ("HAS_TOPIC", True),
    ("ResearcherWhere", "works"): ("AUTHORED", True),
    ("ResearcherWhere", "institutions"): ("AFFILIATED_WITH", True),
    ("TopicWhere", "parent"): ("SUBTOPIC_OF", True),
}
TARGETS: Final = {
    "PaperWhere": {
        "authors": "ResearcherWhere",
        "venue": "VenueWhere",
        "topics": "TopicWhere",
        "references": "PaperWhere",
        "citations": "PaperWhere",
        "institutions": "InstitutionWhere",
    },
    "ResearcherWhere": {"works": "PaperWhere", "institutions": "InstitutionWhere", "topics": "TopicWhere"},
    "TopicWhere": {"parent": "TopicWhere"},
}
PROPERTIES: Final = {"isStub": ("stub", False), "openToCollaborate": ("openToCollaborate", False)}

Read = Callable[..., Awaitable[list[dict[str, Any]]]]


@dataclass(frozen=True, slots=True)
class Item:
    """A listed node: its API type and properties."""

    type: str
    props: dict[str, Any]


class Lists:
    """Filtering and sorting over neighbours read through the reference's statements."""

    def __init__(self, read: Read) -> None:
        self.read = read
        self._seen: dict[str, list[dict[str, Any]]] = {}

    async def neighbours(self, node_id: str) -> list[dict[str, Any]]:
        if node_id not in self._seen:
            self._seen[node_id] = await self.read("neighbours", id=node_id)
        return self._seen[node_id]

    async def reach(self, node_id: str, rel: str, out: bool, label: str | None = None) -> list[dict[str, Any]]:
        rows = await self.neighbours(node_id)
        found = [r for r in rows if r["type"] == rel and r["out"] == out and (label is None or label in r["labels"])]
        return found

    async def related(self, where_type: str, field: str, item: Item) -> list[Item]:
        node = item.props["id"]
        if (where_type, field) == ("PaperWhere", "institutions"):
            found: dict[str, dict[str, Any]] = {}
            for author in await self.reach(node, "AUTHORED", False):
                for aff in await self.reach(author["props"]["id"], "AFFILIATED_WITH", True):
                    found[aff["props"]["id"]] = aff["props"]
                for byline_id in author["rel"].get("institutions") or []:
                    for row in await self.read("label_nodes", label="Institution"):
                        if row["props"]["id"] == byline_id:
                            found[byline_id] = row["props"]
            return [Item("Institution", p) for p in found.values()]
        if (where_type, field) == ("PaperWhere", "topics"):  # its topics and every broader one above them
            seen: dict[str, dict[str, Any]] = {}
            frontier = [t["props"] for t in await self.reach(node, "HAS_TOPIC", True)]
            while frontier:
                topic = frontier.pop()
                if topic["id"] not in seen:
                    seen[topic["id"]] = topic
                    frontier += [p["props"] for p in await self.reach(topic["id"], "SUBTOPIC_OF", True)]
            return [Item("Topic", p) for p in seen.values()]
        if (where_type, field) == ("ResearcherWhere", "topics"):
            topics: dict[str, dict[str, Any]] = {}
            for work in await self.reach(node, "AUTHORED", True):
                for t in await self.reach(work["props"]["id"], "HAS_TOPIC", True):
                    topics[t["props"]["id"]] = t["props"]
            return [Item("Topic", p) for p in topics.values()]
        rel, out = RELATIONS[(where_type, field)]
        return [Item(r["labels"][0], r["props"]) for r in await self.reach(node, rel, out)]

    async def matches(self, where_type: str, where: dict[str, Any], item: Item) -> bool:
        for key, value in where.items():
            if value is None:
                continue
            if key == "AND" and not all([await self.matches(where_type, w, item) for w in value]):
                return False
            if key == "OR" and not any([await self.matches(where_type, w, item) for w in value]):
                return False
            if key == "NOT" and await self.matches(where_type, value, item):
                return False
            if key in ("AND", "OR", "NOT"):
                continue
            if key in TARGETS.get(where_type, {}):
                if not await self._quantified(where_type, key, value, item):
                    return False
                continue
            prop, default = PROPERTIES.get(key, (key, None))
            stored = item.props.get(prop)
            if not _compare(default if stored is None else stored, value):
                return False
        return True

    async def _quantified(self, where_type: str, key: str, value: dict[str, Any], item: Item) -> bool:
        target = TARGETS[where_type][key]
        reached = await self.related(where_type, key, item)
        for quantifier, sub in value.items():
            if sub is None:
                continue
            hits = [await self.matches(target, sub, other) for other in reached]
            if quantifier == "some" and not any(hits):
                return False
            if quantifier == "none" and any(hits):
                return False
            if quantifier == "all" and not all(hits):
                return False
        return True

    async def sort_value(self, name: str, item: Item) -> Any:
        node = item.props["id"]
        if name == "citationCount" and item.type == "Paper":
            return len(await self.reach(node, "CITES", False, "Paper"))
        if name == "authorCount":
            return len(await self.reach(node, "AUTHORED", False))
        if name == "worksCount" and item.type == "Researcher":
            return len(await self.reach(node, "AUTHORED", True))
        if name == "worksCount" and item.type == "Topic":  # its own works and its subtopics', each once
            papers: set[str] = set()
            frontier, seen = [node], set()
            while frontier:
                topic = frontier.pop()
                if topic in seen:
                    continue
                seen.add(topic)
                papers |= {r["props"]["id"] for r in await self.reach(topic, "HAS_TOPIC", False)}
                frontier += [r["props"]["id"] for r in await self.reach(topic, "SUBTOPIC_OF", False)]
            return len(papers)
        if name == "worksCount" and item.type == "Venue":
            return len(await self.reach(node, "PUBLISHED_IN", False))
        if name == "membersCount":
            return len(await self.reach(node, "AFFILIATED_WITH", False))
        if name == "followerCount":
            return len(await self.reach(node, "FOLLOWS", False))
        return item.props.get(name)

    async def buckets(self, items: list[Item], by: str) -> list[dict[str, Any]]:
        """Groups of the items by a property (items without one in a bucket of their own) or by the neighbours
        a relationship filter reaches; largest first, then by value, the missing value last."""
        counts: dict[Any, int] = {}
        nodes: dict[Any, Any] = {}
        for item in items:
            if by in FACETS:
                value = item.props.get(FACETS[by])
                counts[value] = counts.get(value, 0) + 1
                continue
            reached = (
                [Item("Topic", t["props"]) for t in await self.reach(item.props["id"], "HAS_TOPIC", True)]
                if by == "TOPIC"  # the topics the paper is tagged with, not the broader ones
                else await self.related("PaperWhere", RELATED_FACETS[by], item)
            )
            for other in {o.props["id"]: o for o in reached}.values():
                counts[other.props["id"]] = counts.get(other.props["id"], 0) + 1
                nodes[other.props["id"]] = other
        buckets = [
            {"raw": v, "value": None if v is None else str(v), "count": n, "node": nodes.get(v)}
            for v, n in counts.items()
        ]
        return sorted(buckets, key=_bucket_order)

    async def researcher_citations(self, item: Item) -> list[int]:
        works = await self.reach(item.props["id"], "AUTHORED", True)
        return [len(await self.reach(w["props"]["id"], "CITES", False, "Paper")) for w in works]

    async def ordered(self, items: list[Item], sort: list[dict[str, Any]] | None) -> list[Item]:
        if not sort:
            return items
        terms = []
        for term in sort:
            given = [(k, v) for k, v in term.items() if v is not None]
            if len(given) != 1:
                raise GraphQLError("a sort term gives one field", extensions={"code": "BAD_USER_INPUT"})
            terms.append(given[0])
        keyed = []
        for item in items:
            values = []
            for name, given in terms:
                if name == "sharedWorksWith":  # the COAUTHOR edge's weight with that researcher, 0 without one
                    edges = [r for r in await self.neighbours(item.props["id"]) if r["type"] == "COAUTHOR"]
                    shared = [r["rel"]["works"] for r in edges if r["props"]["id"] == given["researcher"]]
                    values.append(shared[0] if shared else 0)
                    continue
                if name in ("citationCount", "hIndex") and item.type == "Researcher":
                    cited = sorted(await self.researcher_citations(item), reverse=True)
                    value: Any = (
                        sum(cited) if name == "citationCount" else sum(1 for i, c in enumerate(cited, 1) if c >= i)
                    )
                else:
                    value = await self.sort_value(name, item)
                values.append(value)
            keyed.append((values, item))
        directions = [str(getattr(d, "value", d)) == "DESC" for d in (_direction(t) for t in terms)]

        def compare(a: tuple[list[Any], Item], b: tuple[list[Any], Item]) -> int:
            return _order(a, b, directions)

        keyed.sort(key=functools.cmp_to_key(compare))
        return [item for _, item in keyed]


def _direction(term: tuple[str, Any]) -> Any:
    name, given = term
    return given["direction"] if name == "sharedWorksWith" else given


FACETS: Final = {"YEAR": "year", "TYPE": "type", "LANGUAGE": "language"}
RELATED_FACETS: Final = {"VENUE": "venue", "TOPIC": "topics", "INSTITUTION": "institutions"}


def _bucket_order(bucket: dict[str, Any]) -> tuple[Any, ...]:
    raw = bucket["raw"]
    return (-bucket["count"], raw is None, raw if raw is not None else 0)


def _order(a: tuple[list[Any], Item], b: tuple[list[Any], Item], directions: list[bool]) -> int:
    for x, y, desc in zip(a[0], b[0], directions, strict=True):
        if x == y:
            continue
        if x is None:
            return 1
        if y is None:
            return -1
        return (-1 if x > y else 1) if desc else (-1 if x < y else 1)
    ida, idb = a[1].props["id"], b[1].props["id"]
    return -1 if ida < idb else (1 if ida > idb else 0)


def _compare(value: Any, ops: dict[str, Any]) -> bool:
    """Every operator given holds; a missing value satisfies none but `isNull: true`."""
    for op, given in ops.items():
        if given is None:
            continue
        if op == "isNull":
            if (value is None) != given:
                return False
        elif value is None or not _holds(op, value, given):
            return False
    return True


def _holds(op: str, value: Any, given: Any) -> bool:
    if op == "eq":
        return bool(value == given)
    if op == "in":
        return value in given
    if op == "contains":
        return given in value
    if op == "startsWith":
        return bool(value.startswith(given))
    if op == "gt":
        return bool(value > given)
    if op == "gte":
        return bool(value >= given)
    if op == "lt":
        return bool(value < given)
    if op == "lte":
        return bool(value <= given)
    raise AssertionError(f"unknown operator {op}")
