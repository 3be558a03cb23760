"""Row builders for the import statements: records become the `$rows` maps of `cypher/import/*`.

`unify` folds rows that name the same thing by any shared persistent id into one row, so two rows of
one batch never race to claim the same unique id.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import Any

from graphdb.importers import normalize
from graphdb.records import InstitutionRec, PaperRec, ResearcherRec, TopicRec, VenueRec, WorkRef
from graphdb.runner import Row

PAPER_KEYS = ("doi", "pmid", "arxivId", "openalexId")
RESEARCHER_KEYS = ("orcid", "openalexId")
VENUE_KEYS = ("issn", "openalexId")
INSTITUTION_KEYS = ("ror", "openalexId")


def unify(rows: list[dict[str, Any]], keys: Sequence[str]) -> tuple[list[dict[str, Any]], list[int]]:
    """Fold rows sharing any non-null value of `keys` (or the same `id`) into one row each.

    Returns the folded rows and, for each input row, the index of the folded row it went into. Values
    of the earlier row win; `sources`/`sourceIds` lists are concatenated without repeats.
    """
    parent = list(range(len(rows)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[tuple[str, Hashable], int] = {}
    for i, row in enumerate(rows):
        for k in ("id", *keys):
            value = row.get(k)
            if value is None:
                continue
            j = owner.setdefault((k, value), i)
            if j != i:
                a, b = find(i), find(j)
                if a != b:
                    parent[max(a, b)] = min(a, b)
    groups: dict[int, int] = {}
    folded: list[dict[str, Any]] = []
    where: list[int] = []
    for i, row in enumerate(rows):
        root = find(i)
        if root not in groups:
            groups[root] = len(folded)
            folded.append(dict(row))
        else:
            target = folded[groups[root]]
            for k, v in row.items():
                if k in ("sources", "sourceIds"):
                    target[k] = target[k] + [x for x in v if x not in target[k]]
                elif target.get(k) is None and v is not None:
                    target[k] = v
                elif k == "stub":
                    target[k] = bool(target[k]) and bool(v)
        where.append(groups[root])
    return folded, where


def paper_row(p: PaperRec) -> dict[str, Any]:
    return {
        "id": None,
        "stub": False,
        "title": p.title,
        "abstract": p.abstract,
        "year": p.year,
        "publicationDate": p.publication_date,
        "type": p.type,
        "language": p.language,
        "doi": p.doi,
        "pmid": p.pmid,
        "pmcid": p.pmcid,
        "arxivId": p.arxiv_id,
        "openalexId": p.openalex_id,
        "source": p.source,
        "sourceId": f"{p.source}:{p.source_id}",
        "sources": [p.source],
        "sourceIds": [f"{p.source}:{p.source_id}"],
        "fallback": f"{p.source}:{p.local_id or p.source_id}",
    }


def ref_row(ref: WorkRef, citing: PaperRec) -> dict[str, Any]:
    return {
        "id": None,
        "stub": True,
        "title": None,
        "abstract": None,
        "year": None,
        "publicationDate": None,
        "type": None,
        "language": None,
        "doi": ref.doi,
        "pmid": ref.pmid,
        "pmcid": None,
        "arxivId": ref.arxiv_id,
        "openalexId": ref.openalex_id,
        "source": citing.source,
        "sourceId": f"{citing.source}:{citing.source_id}",
        "sources": [],
        "sourceIds": [],
        "fallback": None,
    }


def paper_id(row: dict[str, Any]) -> str:
    pid = normalize.paper_id(
        doi_=row["doi"], pmid_=row["pmid"], arxiv_=row["arxivId"], openalex_=row["openalexId"], fallback=row["fallback"]
    )
    assert pid is not None  # rows without any id are dropped before this
    return pid


def researcher_row(r: ResearcherRec, source: str) -> dict[str, Any]:
    source_id = f"{source}:{r.orcid or r.openalex_id or r.id}"
    return {
        "id": r.id,
        "name": r.name,
        "displayName": r.display_name,
        "familyKey": r.family_key,
        "orcid": r.orcid,
        "openalexId": r.openalex_id,
        "source": source,
        "sourceId": source_id,
        "sources": [source],
        "sourceIds": [source_id],
    }


def researcher_id(row: dict[str, Any]) -> str:
    if row["orcid"]:
        return f"orcid:{row['orcid']}"
    if row["openalexId"]:
        return f"openalex:{row['openalexId']}"
    return str(row["id"])


def venue_row(v: VenueRec, source: str, source_id: str) -> dict[str, Any]:
    return {
        "id": v.id,
        "name": v.name,
        "kind": v.kind,
        "issn": v.issn,
        "openalexId": v.openalex_id,
        "source": source,
        "sourceId": source_id,
    }


def institution_row(i: InstitutionRec, source: str, source_id: str) -> dict[str, Any]:
    return {
        "id": i.id,
        "name": i.name,
        "ror": i.ror,
        "openalexId": i.openalex_id,
        "country": i.country,
        "type": i.type,
        "source": source,
        "sourceId": source_id,
    }


def strongest(row: dict[str, Any], prefixes: Sequence[tuple[str, str]]) -> str:
    for key, prefix in prefixes:
        if row.get(key):
            return f"{prefix}:{row[key]}"
    return str(row["id"])


class Entities:
    """Rows of one entity type keyed by the record-side id, folded on shared persistent ids."""

    def __init__(self, keys: Sequence[str], id_of: Callable[[dict[str, Any]], str]) -> None:
        self.keys = keys
        self.id_of = id_of
        self.rows: list[dict[str, Any]] = []
        self.index: dict[str, int] = {}  # record-side id -> row index (before folding)

    def add(self, rec_id: str, row: dict[str, Any]) -> None:
        if rec_id not in self.index:
            self.index[rec_id] = len(self.rows)
            self.rows.append(row)

    def fold(self) -> tuple[list[dict[str, Any]], dict[str, int]]:
        folded, where = unify(self.rows, self.keys)
        for i, row in enumerate(folded):
            row["id"] = self.id_of(row)
            row["key"] = i
        return folded, {rec_id: where[i] for rec_id, i in self.index.items()}


def ids(rows: list[Row]) -> dict[int, str]:
    return {int(r["key"]): str(r["id"]) for r in rows}


def topics(links: Iterable[TopicRec], source: str, source_id: str) -> Iterable[tuple[TopicRec, dict[str, Any]]]:
    for topic in links:
        t: TopicRec | None = topic
        while t is not None:
            yield t, {"id": t.id, "name": t.name, "level": t.level, "source": source, "sourceId": source_id}
            t = t.parent


def widen(
    into: dict[tuple[str, str], dict[str, Any]],
    researcher: str,
    institution: str,
    start: int | None,
    end: int | None,
    source: str,
    source_id: str,
) -> None:
    row = into.setdefault(
        (researcher, institution),
        {
            "researcher": researcher,
            "institution": institution,
            "startYear": None,
            "endYear": None,
            "source": source,
            "sourceId": source_id,
        },
    )
    if start is not None and (row["startYear"] is None or start < row["startYear"]):
        row["startYear"] = start
    if end is not None and (row["endYear"] is None or end > row["endYear"]):
        row["endYear"] = end


def coauthor_rows(bylines: list[Row], gained: dict[str, set[str]]) -> list[dict[str, Any]]:
    """Pairs of a paper's authors where at least one author edge is new: each such paper is one more shared work."""
    pairs: dict[tuple[str, str], dict[str, Any]] = {}
    for row in bylines:
        new = gained[str(row["id"])]
        authors = [str(a) for a in row["authors"]]
        year = row["year"]
        for n in new:
            for other in authors:
                if other == n:
                    continue
                a, b = (n, other) if n < other else (other, n)
                pair = pairs.get((a, b))
                if pair is None:
                    pairs[(a, b)] = {"a": a, "b": b, "works": 0, "firstYear": year, "lastYear": year, "_papers": set()}
                    pair = pairs[(a, b)]
                if row["id"] in pair["_papers"]:
                    continue
                pair["_papers"].add(row["id"])
                pair["works"] += 1
                if year is not None:
                    if pair["firstYear"] is None or year < pair["firstYear"]:
                        pair["firstYear"] = year
                    if pair["lastYear"] is None or year > pair["lastYear"]:
                        pair["lastYear"] = year
    return [{k: v for k, v in p.items() if k != "_papers"} for p in pairs.values()]
