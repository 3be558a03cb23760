"""Importers on a real Neo4j: fields land where DOMAIN.md puts them, re-imports change nothing, sources merge
on DOI / ORCID, bad records are skipped and counted, and co-authorship equals what AUTHORED implies."""

from __future__ import annotations

import gzip
import os
import shutil
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import AsyncIterator, Iterable
from pathlib import Path
from typing import Any

import orjson
import pytest

from bench.synthetic import generate
from graphdb.config import Neo4jSettings
from graphdb.importers import crossref, openalex, pubmed
from graphdb.importers.base import FormatError, Parser
from graphdb.importers.pipeline import from_files, import_records
from graphdb.importers.report import ImportReport
from graphdb.migrate import apply_constraints, rank_edges
from graphdb.records import PaperRec
from graphdb.runner import Runner
from tests import fixtures

DATA = Path(__file__).resolve().parent / "data"
PUBMED = DATA / "pubmed" / "articles.xml"
OA_WORK = DATA / "openalex" / "work.json"
OA_WORKS = DATA / "openalex" / "works.jsonl"
OA_AUTHORS = DATA / "openalex" / "authors.jsonl"
CR_WORK = DATA / "crossref" / "work.json"
CR_WORKS = DATA / "crossref" / "works.json"
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
async def owned(runner: Runner) -> AsyncIterator[Runner]:
    """The suite's database for this module; the shared fixture graph is restored afterwards."""
    yield runner
    await runner.write("testing/wipe")
    await runner.write("testing/mark")
    await fixtures.load(runner, fixtures.PAPERS)


@pytest.fixture
async def graph(owned: Runner) -> Runner:
    """An empty graph (only the suite's marker) with the schema applied."""
    await owned.write("testing/wipe")
    await owned.write("testing/mark")
    await apply_constraints(owned)
    return owned


async def run_import(runner: Runner, parser: Parser, *paths: Path, batch_size: int = 2000) -> ImportReport:
    report = ImportReport("test")
    records = from_files(parser, paths, report)
    return await import_records(runner, records, label="test", batch_size=batch_size, progress=False, report=report)


async def snapshot(runner: Runner) -> tuple[list[str], list[str]]:
    """Every node and relationship with all properties, as sorted canonical JSON (for exact equality)."""
    nodes = sorted(
        orjson.dumps(r, option=orjson.OPT_SORT_KEYS, default=str).decode()
        for r in await runner.read("testing/snapshot_nodes")
    )
    rels = sorted(
        orjson.dumps(r, option=orjson.OPT_SORT_KEYS, default=str).decode()
        for r in await runner.read("testing/snapshot_rels")
    )
    return nodes, rels


async def node(runner: Runner, label: str, node_id: str) -> dict[str, Any]:
    rows = [
        r for r in await runner.read("testing/snapshot_nodes") if label in r["labels"] and r["props"]["id"] == node_id
    ]
    assert len(rows) == 1, f"{label} {node_id}: {len(rows)} nodes"
    return dict(rows[0]["props"])


async def rels(runner: Runner, rel_type: str, start: str | None = None) -> list[dict[str, Any]]:
    return [
        r
        for r in await runner.read("testing/snapshot_rels")
        if r["type"] == rel_type and (start is None or r["start"] == start)
    ]


async def assert_coauthorship_matches_authored(runner: Runner) -> int:
    """COAUTHOR, computed independently from the AUTHORED edges: same pairs, counts and year ranges."""
    papers: dict[str, list[str]] = defaultdict(list)
    years: dict[str, int | None] = {}
    for row in await runner.read("testing/authored_years"):
        papers[row["paper"]].append(row["researcher"])
        years[row["paper"]] = row["year"]
    expected: dict[tuple[str, str], list[Any]] = {}
    for paper, authors in papers.items():
        for i, a in enumerate(sorted(set(authors))):
            for b in sorted(set(authors))[i + 1 :]:
                entry = expected.setdefault((a, b), [0, None, None])
                entry[0] += 1
                year = years[paper]
                if year is not None:
                    entry[1] = year if entry[1] is None else min(entry[1], year)
                    entry[2] = year if entry[2] is None else max(entry[2], year)
    actual = {
        (r["a"], r["b"]): [r["works"], r["firstYear"], r["lastYear"]] for r in await runner.read("testing/coauthors")
    }
    assert actual == expected
    return len(actual)


def year_key(year: int | None) -> str:
    return "99999" if year is None else f"{10000 - year:05d}"


async def assert_ranks_match(runner: Runner) -> int:
    """Every order key (`rank`, and `citedRank` on the paper lists) equals what the README's rule gives, computed
    here from the nodes and the CITES edges; stub papers have no author, topic or venue edges (so a list's total
    is the relationship's degree)."""
    props = {r["props"]["id"]: r["props"] for r in await runner.read("testing/snapshot_nodes") if "id" in r["props"]}
    anchored = {  # relationship type -> (the list's owner, the paper whose year orders it, the listed node)
        "AUTHORED": lambda s, e: (s, e, e),
        "HAS_TOPIC": lambda s, e: (e, s, s),
        "UNDER_TOPIC": lambda s, e: (e, s, s),
        "PUBLISHED_IN": lambda s, e: (e, s, s),
        "CITES": lambda s, e: (e, s, s),
    }
    checked = 0
    rels = await runner.read("testing/snapshot_rels")
    cited_by = Counter(r["end"] for r in rels if r["type"] == "CITES")
    for r in rels:
        start, end, rank = r["start"], r["end"], r["props"].get("rank")
        if r["type"] in anchored:
            owner, paper, listed = anchored[r["type"]](start, end)
            assert rank == f"{owner}\x01{year_key(props[paper].get('year'))}\x01{listed}", r
            if r["type"] != "CITES":  # most cited first: 999999999 - the paper's citations, 9 digits
                cited = f"{owner}\x01{999_999_999 - cited_by[paper]:09d}\x01{listed}"
                assert r["props"].get("citedRank") == cited, r
            if r["type"] != "CITES":
                assert not props[paper].get("stub"), f"stub {paper} has a {r['type']} edge"
            checked += 1
        elif r["type"] == "AFFILIATED_WITH":
            assert rank == f"{end}\x01{(props[start].get('name') or '').lower()}\x01{start}", r
            checked += 1
    return checked


def topic_closure(tagged: Iterable[tuple[str, str]], parents: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
    """(paper, topic) for every topic a paper is tagged with and every ancestor of those, from the (paper, topic)
    tags and (child, parent) links: what UNDER_TOPIC must hold."""
    up: dict[str, set[str]] = defaultdict(set)
    for child, parent in parents:
        up[child].add(parent)
    closure: set[tuple[str, str]] = set()
    for paper, topic in tagged:
        todo = [topic]
        while todo:
            t = todo.pop()
            if (paper, t) not in closure:
                closure.add((paper, t))
                todo.extend(up[t])
    return closure


async def assert_under_topics_match(runner: Runner) -> int:
    """UNDER_TOPIC, computed independently from the HAS_TOPIC and SUBTOPIC_OF edges: the same (paper, topic) pairs,
    one edge each, derived provenance."""
    edges = await runner.read("testing/topic_edges")
    tagged = [(r["start"], r["end"]) for r in edges if r["type"] == "HAS_TOPIC"]
    links = [(r["start"], r["end"]) for r in edges if r["type"] == "SUBTOPIC_OF"]
    under = [r for r in edges if r["type"] == "UNDER_TOPIC"]
    pairs = [(r["start"], r["end"]) for r in under]
    assert len(pairs) == len(set(pairs)), "two UNDER_TOPIC edges for one paper and topic"
    assert set(pairs) == topic_closure(tagged, links)
    assert {(r["source"], r["sourceId"]) for r in under} <= {("derived", "HAS_TOPIC+SUBTOPIC_OF")}
    return len(pairs)


# --- PubMed ------------------------------------------------------------------------------------------------


async def test_pubmed_fields_land_where_the_model_puts_them(graph: Runner) -> None:
    report = await run_import(graph, pubmed.parse, PUBMED)
    assert (report.records_read, report.papers_imported, report.skipped_total) == (5, 2, 3)
    assert dict(report.skipped) == {"missing title": 1, "missing pmid": 1, "deletion notice": 1}

    paper = await node(graph, "Paper", "doi:10.5555/rg-overlap-1")
    assert paper["title"] == "Overlapping sources of one paper."
    assert paper["abstract"] == "BACKGROUND: Graphs have sources.\nRESULTS: They merge on DOI."
    assert (paper["year"], paper["publicationDate"], paper["type"], paper["language"]) == (
        2020,
        "2020-03-04",
        "article",
        "eng",
    )
    assert (paper["doi"], paper["pmid"], paper["pmcid"], paper["stub"]) == (
        "10.5555/rg-overlap-1",
        "90000001",
        "PMC9000001",
        False,
    )
    assert (paper["source"], paper["sourceId"], paper["sources"]) == ("pubmed", "pubmed:90000001", ["pubmed"])
    second = await node(graph, "Paper", "pmid:90000002")
    assert (second["year"], second["type"], second.get("publicationDate")) == (2019, "review", None)

    venue = await node(graph, "Venue", "issn:1932-6203")
    assert (venue["name"], venue["issn"], venue["kind"]) == ("Journal of Research Graphs", "1932-6203", "journal")
    assert len(await rels(graph, "PUBLISHED_IN")) == 2

    # Byline: positions 1..3 (the collective name is not a person), the e-mail marks the corresponding author.
    byline = sorted(
        (r["props"]["position"], r["start"], r["props"]["corresponding"])
        for r in await rels(graph, "AUTHORED")
        if r["end"] == "doi:10.5555/rg-overlap-1"
    )
    assert byline == [
        (1, "orcid:0000-0002-1825-0097", True),
        (2, "pubmed:name:zhang_wei", False),
        (3, "pubmed:name:zhang_wei~3", False),
    ]
    carberry = await node(graph, "Researcher", "orcid:0000-0002-1825-0097")
    assert (carberry["name"], carberry["orcid"], carberry["openToCollaborate"]) == (
        "Josiah Carberry",
        "0000-0002-1825-0097",
        False,
    )

    # Topics: MeSH descriptors with major-topic scores, keywords as a flat level.
    topics = {(r["end"], r["props"].get("score")) for r in await rels(graph, "HAS_TOPIC", "doi:10.5555/rg-overlap-1")}
    assert topics == {("mesh:D000465", 1.0), ("mesh:D006801", 0.5), ("keyword:knowledge-graphs", None)}
    assert (await node(graph, "Topic", "mesh:D000465"))["level"] == "mesh"

    # References: the imported paper itself, and stubs for works not imported (by PMID and by DOI).
    cited = {r["end"] for r in await rels(graph, "CITES", "doi:10.5555/rg-overlap-1")}
    assert cited == {"pmid:90000002", "pmid:90000999", "doi:10.5555/cited-by-doi"}
    assert (await node(graph, "Paper", "pmid:90000999"))["stub"] is True

    # Affiliations: normalised institution names, ROR when given, years from the papers.
    brown = await node(graph, "Institution", "name:brown-university")
    assert (brown["name"], brown["country"]) == ("Brown University", "USA")
    tsinghua = await node(graph, "Institution", "ror:03cve4549")
    assert (tsinghua["name"], tsinghua["ror"]) == ("Tsinghua University", "03cve4549")
    zhang = await rels(graph, "AFFILIATED_WITH", "pubmed:name:zhang_wei")
    assert [(r["end"], r["props"]["startYear"], r["props"]["endYear"]) for r in zhang] == [
        ("ror:03cve4549", 2019, 2020)
    ]

    missing = (await graph.read("testing/missing_provenance"))[0]
    assert missing == {"nodes": 0, "relationships": 0}
    assert await assert_coauthorship_matches_authored(graph) == 5


async def test_pubmed_name_rule_neither_merges_nor_splits(graph: Runner) -> None:
    await run_import(graph, pubmed.parse, PUBMED)
    # Two "Wei Zhang" on one paper stay two people; the same name in another article of the source is one.
    first = {r["start"] for r in await rels(graph, "AUTHORED") if r["end"] == "doi:10.5555/rg-overlap-1"}
    assert {"pubmed:name:zhang_wei", "pubmed:name:zhang_wei~3"} <= first
    second = {r["start"] for r in await rels(graph, "AUTHORED") if r["end"] == "pmid:90000002"}
    assert second == {"pubmed:name:zhang_wei", "pubmed:name:lovelace_ada", "orcid:0000-0002-1825-0097"}
    # The ORCID given with and without its URL prefix is one researcher.
    assert len([r for r in await graph.read("testing/snapshot_nodes") if "Researcher" in r["labels"]]) == 4


async def test_second_import_changes_nothing(graph: Runner, tmp_path: Path) -> None:
    gz = tmp_path / "articles.bin"  # gzip is detected by content, not by name
    gz.write_bytes(gzip.compress(PUBMED.read_bytes()))
    await run_import(graph, pubmed.parse, PUBMED)
    await run_import(graph, openalex.parse, OA_WORK, OA_WORKS, OA_AUTHORS)
    await run_import(graph, crossref.parse, CR_WORK, CR_WORKS)
    before = await snapshot(graph)
    again = await run_import(graph, pubmed.parse, gz)
    assert (again.papers_unchanged, again.papers_imported, again.papers_merged) == (2, 0, 0)
    await run_import(graph, openalex.parse, OA_WORK, OA_WORKS, OA_AUTHORS)
    await run_import(graph, crossref.parse, CR_WORK, CR_WORKS)
    assert await snapshot(graph) == before
    await assert_coauthorship_matches_authored(graph)
    assert await assert_under_topics_match(graph) > 0


# --- OpenAlex and Crossref ------------------------------------------------------------------------------------


async def test_openalex_fields_and_hierarchy(graph: Runner) -> None:
    report = await run_import(graph, openalex.parse, OA_WORK, OA_WORKS, OA_AUTHORS)
    assert report.skipped_total >= 2  # the malformed line and the work without a title
    assert report.skipped["malformed json"] == 1
    work = next(p for p in openalex.parse(OA_WORK) if isinstance(p, PaperRec))
    paper = await node(graph, "Paper", "doi:10.5555/rg-overlap-1")
    assert (paper["openalexId"], paper["title"], paper["year"]) == (work.openalex_id, work.title, work.year)
    assert paper["abstract"] == work.abstract
    assert paper["abstract"]
    # Each OpenAlex topic hangs under subfield > field > domain.
    chains = await rels(graph, "SUBTOPIC_OF")
    parent = {r["start"]: r["end"] for r in chains}
    levels = {
        r["props"]["id"]: r["props"]["level"]
        for r in await graph.read("testing/snapshot_nodes")
        if "Topic" in r["labels"]
    }
    topic = next(t for t, lvl in levels.items() if lvl == "topic")
    chain = [topic]
    while chain[-1] in parent:
        chain.append(parent[chain[-1]])
    assert [levels[t] for t in chain] == ["topic", "subfield", "field", "domain"]
    # Author records bring affiliation years.
    history = {
        r["end"]: (r["props"].get("startYear"), r["props"].get("endYear"))
        for r in await rels(graph, "AFFILIATED_WITH", "orcid:0000-0002-1825-0097")
    }
    start, end = history["ror:05gq02987"]  # Brown University: 2020-2023 in the author record, works widen it
    assert start is not None
    assert start <= 2020
    assert end == 2023
    assert history["ror:05h7xva58"] == (2017, 2018)  # Wesleyan University
    assert (await graph.read("testing/missing_provenance"))[0] == {"nodes": 0, "relationships": 0}
    await assert_coauthorship_matches_authored(graph)
    # Each paper is under its topics' subfields, fields and domains too.
    assert await assert_under_topics_match(graph) > len(await rels(graph, "HAS_TOPIC"))
    assert await assert_ranks_match(graph) > 0


async def test_overlapping_sources_merge_on_doi_and_orcid(graph: Runner) -> None:
    await run_import(graph, pubmed.parse, PUBMED)
    merged = await run_import(graph, crossref.parse, CR_WORK)
    assert merged.papers_merged == 1
    await run_import(graph, openalex.parse, OA_WORK)
    paper = await node(graph, "Paper", "doi:10.5555/rg-overlap-1")
    assert sorted(paper["sources"]) == ["crossref", "openalex", "pubmed"]
    assert paper["pmid"] == "90000001"  # from PubMed
    assert paper["openalexId"]  # filled in by OpenAlex, not overwritten
    assert paper["title"] == "Overlapping sources of one paper."  # the first source's value is kept
    researchers = [
        r for r in await graph.read("testing/snapshot_nodes") if r["props"].get("orcid") == "0000-0002-1825-0097"
    ]
    assert len(researchers) == 1
    assert sorted(researchers[0]["props"]["sources"]) == ["crossref", "openalex", "pubmed"]
    authored = [r for r in await rels(graph, "AUTHORED") if r["end"] == "doi:10.5555/rg-overlap-1"]
    starts = [r["start"] for r in authored]
    assert len(starts) == len(set(starts))
    assert starts.count("orcid:0000-0002-1825-0097") == 1
    # Authors of the later sources took the byline slot of the same person: never two people of one family
    # name in one position (the fixtures' sources disagree on who is second, as real sources do).
    family = {
        r["props"]["id"]: r["props"]["familyKey"]
        for r in await graph.read("testing/snapshot_nodes")
        if "Researcher" in r["labels"]
    }
    slots = [(r["props"]["position"], family[r["start"]]) for r in authored]
    assert len(slots) == len(set(slots))
    assert len(authored) == 4  # Carberry, Zhang (twice in PubMed's byline), Garcia-Lopez
    await assert_coauthorship_matches_authored(graph)
    await assert_under_topics_match(graph)
    assert await assert_ranks_match(graph) > 0


async def test_crossref_fields(graph: Runner) -> None:
    report = await run_import(graph, crossref.parse, CR_WORKS)
    assert report.skipped["missing DOI"] == 1
    parsed = [p for p in crossref.parse(CR_WORKS) if isinstance(p, PaperRec)]
    assert len(parsed) == 2
    authored = await rels(graph, "AUTHORED")
    for rec in parsed:
        pid = f"doi:{rec.doi}"
        paper = await node(graph, "Paper", pid)
        assert (paper["title"], paper["year"], paper.get("abstract")) == (rec.title, rec.year, rec.abstract)
        assert (paper["type"], paper.get("publicationDate")) == (rec.type, rec.publication_date)
        assert paper["sources"] == ["crossref"]
        # Byline: positions and the researchers' ids as the records give them (ORCID or the name rule).
        byline = sorted((r["props"]["position"], r["start"]) for r in authored if r["end"] == pid)
        assert byline == sorted((a.position, a.researcher.id) for a in rec.authors)
        # The venue by ISSN (or name), and every reference with a DOI as a CITES edge.
        assert rec.venue is not None
        venue = [r["end"] for r in await rels(graph, "PUBLISHED_IN", pid)]
        assert venue == [rec.venue.id]
        cited = {r["end"] for r in await rels(graph, "CITES", pid)}
        assert cited == {f"doi:{ref.doi}" for ref in rec.references if ref.doi}
        # Affiliations: ROR when given.
        for a in rec.authors:
            for inst in a.institutions:
                assert (await node(graph, "Institution", inst.id))["name"] == inst.name
    assert await rels(graph, "CITES")
    await assert_coauthorship_matches_authored(graph)


# --- Failure modes ---------------------------------------------------------------------------------------------


def test_wrong_format_is_a_one_line_error() -> None:
    with pytest.raises(FormatError) as err:
        list(pubmed.parse(CR_WORK))
    assert "\n" not in str(err.value)
    assert "not PubMed XML" in str(err.value)
    with pytest.raises(FormatError):
        list(crossref.parse(PUBMED))
    with pytest.raises(FormatError):
        list(openalex.parse(CR_WORK))


def test_command_reports_a_wrong_format_without_a_traceback(
    neo4j_settings: Neo4jSettings, owned: Runner, tmp_path: Path
) -> None:
    env = {**os.environ, "NEO4J_URI": neo4j_settings.uri}
    report = tmp_path / "report.json"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "graphdb",
            "import",
            "--format",
            "pubmed",
            str(CR_WORK),
            "--report",
            str(report),
            "--no-progress",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=False,
        timeout=120,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1
    assert "not PubMed XML" in errors[0]
    assert orjson.loads(report.read_bytes())["fileErrors"] == [errors[0].removeprefix("error: ")]


async def test_truncated_file_keeps_what_was_read(graph: Runner, tmp_path: Path) -> None:
    text = PUBMED.read_text()
    cut = tmp_path / "truncated.xml"
    cut.write_text(text[: text.index("<PubmedArticle>", text.index("90000002")) + 40])
    report = await run_import(graph, pubmed.parse, cut)
    # What was parsed before the damage is imported; the rest of the file is one reported skip.
    assert report.papers_imported >= 1
    assert report.skipped["malformed xml: rest of file unreadable"] == 1
    assert await assert_coauthorship_matches_authored(graph) >= 1


async def test_a_crash_mid_import_leaves_whole_batches_and_a_rerun_completes(
    graph: Runner, monkeypatch: pytest.MonkeyPatch
) -> None:
    from graphdb.importers import pipeline, writer

    clean_graph = await _clean_import_snapshot(graph)
    await graph.write("testing/wipe")
    await graph.write("testing/mark")

    calls = {"n": 0}
    real = writer.write_batch

    async def crash_in_second_batch(tx: Any, batch: Any, now: Any, memo: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == 2:
            await tx.run(
                "import/upsert_topics",
                {"rows": [{"id": "x", "name": "x", "level": "x", "source": "x", "sourceId": "x"}], "now": now},
            )
            raise RuntimeError("killed")  # a kill in the middle of the transaction
        return await real(tx, batch, now, memo)

    monkeypatch.setattr(pipeline, "write_batch", crash_in_second_batch)
    with pytest.raises(RuntimeError, match="killed"):
        await run_import(graph, pubmed.parse, PUBMED, batch_size=1)
    nodes, _ = await snapshot(graph)
    papers = [n for n in nodes if '"Paper"' in n and '"stub":false' in n]
    assert len(papers) == 1  # the first batch only; nothing of the second (not even its topic)
    assert not any('"id":"x"' in n for n in nodes)
    await assert_coauthorship_matches_authored(graph)

    await assert_under_topics_match(graph)

    monkeypatch.setattr(pipeline, "write_batch", real)
    await run_import(graph, pubmed.parse, PUBMED, batch_size=1)
    assert _without_times(await snapshot(graph)) == clean_graph
    await assert_coauthorship_matches_authored(graph)
    await assert_under_topics_match(graph)


async def _clean_import_snapshot(runner: Runner) -> tuple[list[str], list[str]]:
    await run_import(runner, pubmed.parse, PUBMED, batch_size=1)
    return _without_times(await snapshot(runner))


def _without_times(snap: tuple[list[str], list[str]], also: tuple[str, ...] = ()) -> tuple[list[str], list[str]]:
    def strip(items: Iterable[str]) -> list[str]:
        out = []
        for item in items:
            data = orjson.loads(item)
            for key in ("importedAt", *also):
                data["props"].pop(key, None)
            out.append(orjson.dumps(data, option=orjson.OPT_SORT_KEYS).decode())
        return sorted(out)

    return strip(snap[0]), strip(snap[1])


# --- Synthetic data through the same path ---------------------------------------------------------------------


async def test_synthetic_graph_goes_through_the_import_path(graph: Runner) -> None:
    records = list(generate(600, seed=3))
    report = await import_records(graph, records, label="synthetic", batch_size=250, progress=False)
    assert report.papers_imported == 600
    assert report.counts_after["nodes"]["Paper"] >= 600
    pairs = await assert_coauthorship_matches_authored(graph)
    assert pairs > 600
    assert await assert_under_topics_match(graph) > 600
    assert await assert_ranks_match(graph) > 3000
    again = await import_records(graph, records, label="synthetic", batch_size=250, progress=False)
    assert again.papers_unchanged == 600


async def test_migrate_gives_order_keys_to_a_graph_imported_without_them(graph: Runner) -> None:
    await import_records(graph, list(generate(200, seed=5)), label="synthetic", batch_size=100, progress=False)
    keyed = await snapshot(graph)
    await graph.write("testing/drop_ranks")
    assert await snapshot(graph) != keyed
    written = await rank_edges(graph)
    assert written > 500
    assert await snapshot(graph) == keyed
    assert await rank_edges(graph) == 0


async def test_migrate_derives_under_topic_for_a_graph_imported_without_it(graph: Runner) -> None:
    await import_records(graph, list(generate(200, seed=7)), label="synthetic", batch_size=100, progress=False)
    derived = await snapshot(graph)
    dropped = (await graph.write("testing/drop_under_topics"))[0]["dropped"]
    assert dropped > 200
    assert await rank_edges(graph) == 2 * dropped  # each edge derived, then keyed
    # The same edges and keys as the import wrote; only their import time is the migration's.
    assert _without_times(await snapshot(graph)) == _without_times(derived)
    assert await assert_under_topics_match(graph) == dropped
    assert await rank_edges(graph) == 0


async def test_migrate_rewrites_order_keys_of_an_older_format(graph: Runner) -> None:
    await import_records(graph, list(generate(200, seed=6)), label="synthetic", batch_size=100, progress=False)
    keyed = await snapshot(graph)
    rewritten = (await graph.write("testing/old_format_ranks", {"sep": "\x01"}))[0]["rewritten"]
    assert rewritten > 500
    assert await snapshot(graph) != keyed
    assert await rank_edges(graph) == rewritten
    assert await snapshot(graph) == keyed
    assert await assert_ranks_match(graph) == rewritten
    assert await rank_edges(graph) == 0


def test_sample_files_are_not_committed() -> None:
    tracked = subprocess.run(["git", "ls-files"], capture_output=True, text=True, cwd=ROOT, check=False).stdout
    assert "pubmed20n0014" not in tracked
    assert "pubmed21n1298" not in tracked
    assert shutil.which("git") is not None


def test_command_imports_and_writes_the_report(neo4j_settings: Neo4jSettings, graph: Runner, tmp_path: Path) -> None:
    env = {**os.environ, "NEO4J_URI": neo4j_settings.uri}
    report = tmp_path / "report.json"
    cmd = [sys.executable, "-m", "graphdb", "import", "--format", "pubmed", str(PUBMED), "--report", str(report)]
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT, check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "imported 2, merged 0, unchanged 0, skipped 3" in done.stdout
    data = orjson.loads(report.read_bytes())
    assert data["recordsRead"] == 5
    assert data["skippedByReason"] == {"missing title": 1, "missing pmid": 1, "deletion notice": 1}
    assert data["graph"]["nodes"]["Paper"] == 4  # two articles and two cited works not imported
    assert data["graph"]["stubPapers"] == 2


async def test_two_writers_give_the_same_graph(graph: Runner) -> None:
    records = list(pubmed.parse(PUBMED)) + list(generate(120, seed=5))
    await import_records(graph, records, label="one", batch_size=7, writers=1, progress=False)
    one = _without_times(await snapshot(graph), also=("source", "sourceId"))
    await graph.write("testing/wipe")
    await graph.write("testing/mark")
    await import_records(graph, records, label="two", batch_size=7, writers=2, progress=False)
    # Which record first named a shared topic or venue depends on commit order; everything else is equal.
    assert _without_times(await snapshot(graph), also=("source", "sourceId")) == one
    await assert_coauthorship_matches_authored(graph)
    assert await assert_under_topics_match(graph) > 0
