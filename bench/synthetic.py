"""A deterministic synthetic research graph, for scale tests and benchmarks.

`generate(papers, seed=...)` yields `PaperRec(source="synthetic", ...)` records, the same sequence for
the same `(papers, seed)`, streamed one at a time (memory stays modest at a million papers: only a few
flat integer arrays per researcher and per paper are kept). The shape imitates a real bibliography:

- researchers (`researcher_count(papers)`, about 0.6 per paper) have a productivity rank; first
  authors are drawn by a Zipf-Mandelbrot law over it, so a few hubs have thousands of works and most
  researchers one to three. Co-authors are the first author's group: mostly peers (researchers next
  to it in rank, the nearest most often, who also share its lab: institution and subfield) and its
  juniors of the era (a few per PI per four years, recurring on its papers), plus some productive and
  some random researchers; so collaborations repeat and strong pairs exist. A researcher's name,
  ORCID (about 40% have one, checksum-valid, `0009-` plus a bijection of the index) and graph id
  depend on its index only, never on the seed;
- authors per paper are log-normal around 3 with a Pareto tail: mostly 1-8, a tail to ~50, capped
  at 100;
- topics form a domain > field > subfield > topic tree (4 / 26 / 260 / 2,600); a paper's topics
  follow its first author's home subfield;
- institutions (`researchers / 50`, at least 10) have Zipf sizes; researchers sometimes move, and an
  authorship carries the affiliation of the paper's year;
- venues are ~300 journals (Zipf popularity, per field) plus preprint and data repositories;
- years run 1980-2025 with exponential growth, in index order, so a paper only cites earlier ones;
- DOI on ~80% of papers, PMID on ~30%, the rest only a `local_id`; each paper cites 0-40 earlier
  papers that have a DOI or PMID, by preferential attachment mixed with recency.

Run `python -m bench.synthetic --papers N [--seed S] [--dry-run]`: with `--dry-run` it prints shape
statistics and the generation time; without, it imports the records through the import pipeline.
"""

from __future__ import annotations

import argparse
import asyncio
import math
import random
import statistics
import sys
import time
from array import array
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from bench import vocabulary as words
from graphdb.importers.normalize import fold, name_key, researcher_id
from graphdb.records import (
    AuthorshipRec,
    InstitutionRec,
    PaperRec,
    ResearcherRec,
    TopicLink,
    TopicRec,
    VenueRec,
    WorkRef,
)

SOURCE = "synthetic"
YEAR_MIN = 1980
YEAR_MAX = 2025
MAX_AUTHORS = 100
MAX_REFERENCES = 40
DOI_PREFIX = "10.99999"

_MASK64 = (1 << 64) - 1
_TO_UNIT = 1.0 / (1 << 53)  # a 53-bit integer times this is a float in [0, 1)

# Shape knobs. First authors: Zipf-Mandelbrot over productivity ranks (q flattens the head).
RESEARCHER_ZIPF_Q = 12.0
# Authors per paper: log-normal (median ~3), or with this probability Pareto from 10 up; capped at MAX_AUTHORS.
AUTHORS_TAIL = 0.03
# Co-author slots: cumulative probabilities of a peer, a lab junior, a productive researcher, anyone.
P_PEER = 0.45
P_JUNIOR = 0.85
P_HUB = 0.95
PEER_SPREAD = 2.5  # mean rank distance of a peer (geometric-like)
JUNIOR_SPREAD = 3.0  # how many juniors a PI has in an era, roughly
GROUP_SPAN = 48  # peers within this many ranks

# --------------------------------------------------------------------------------------------------
# Pure per-index helpers (depend on the index only, never on the seed)


def _mix(x: int) -> int:
    """A 64-bit integer hash (splitmix64 finaliser): stable across runs and platforms."""
    x = (x * 0x9E3779B97F4A7C15 + 0x632BE59BD9B4E019) & _MASK64
    x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & _MASK64
    x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & _MASK64
    return x ^ (x >> 31)


def researcher_count(papers: int) -> int:
    """How many researchers a run of `papers` papers draws its authors from: about 0.6 a paper, at least 50."""
    return max(50, round(papers * 0.6))


def institution_count(researchers: int) -> int:
    """How many institutions: about one per 50 researchers, at least 10."""
    return max(10, researchers // 50)


def orcid_check_digit(base15: str) -> str:
    """The ISO 7064 11,2 check character of an ORCID's first 15 digits."""
    total = 0
    for ch in base15:
        total = (total + int(ch)) * 2
    check = (12 - total % 11) % 11
    return "X" if check == 10 else str(check)


def synthetic_orcid(index: int) -> str | None:
    """Researcher `index`'s ORCID (about 40% have one): `0009-` plus 11 digits that are a bijection of the index."""
    if _mix(index ^ 0x0BC1D) % 1000 >= 400:
        return None
    digits = "0009" + f"{(index * 7_919_113 + 104_729) % 10**11:011d}"
    digits += orcid_check_digit(digits)
    return "-".join(digits[i : i + 4] for i in range(0, 16, 4))


def researcher_name(index: int) -> tuple[str, str]:
    """Researcher `index`'s (given, family) names: a culture by weight, names within it (sometimes mixed)."""
    h = _mix(index)
    culture = bisect_right(words.CULTURE_CUM, h % words.CULTURE_CUM[-1])
    _, givens, families = words.CULTURES[culture]
    family = families[(h >> 16) % len(families)]
    if (h >> 40) % 10 == 0:  # one in ten has a given name from another culture
        givens = words.CULTURES[(h >> 44) % len(words.CULTURES)][1]
    given = givens[(h >> 24) % len(givens)]
    return given, family


@lru_cache(maxsize=1 << 16)
def researcher(index: int) -> ResearcherRec:
    """Researcher `index` as a record: ORCID id when it has one, else a name key made unique by the index."""
    given, family = researcher_name(index)
    orcid = synthetic_orcid(index)
    full = f"{given} {family}"
    rid = researcher_id(SOURCE, orcid_=orcid, openalex_=None, key=f"{name_key(family, given)}_{index}")
    return ResearcherRec(id=rid, name=full, family_key=fold(family), display_name=full, orcid=orcid)


def _institution_type(n: int) -> str:
    if n < 10:  # the largest institutions are universities
        return "education"
    bucket = _mix(n ^ 0x1457) % 100
    if bucket < 70:
        return "education"
    if bucket < 85:
        return "healthcare"
    if bucket < 93:
        return "company"
    return "facility"


def institutions(count: int) -> list[InstitutionRec]:
    """The first `count` institutions (institution `n` is the same in every run); index 0 is the largest."""
    out: list[InstitutionRec] = []
    seen: Counter[str] = Counter()
    for n in range(count):
        city, country = words.CITIES[n % len(words.CITIES)]
        kind = _institution_type(n)
        patterns = words.INSTITUTION_PATTERNS[kind]
        name = patterns[(n // len(words.CITIES) + _mix(n) % 3) % len(patterns)].format(city)
        seen[name] += 1
        if seen[name] > 1:
            name = f"{name} ({seen[name]})"
        out.append(InstitutionRec(id=f"synthetic:inst:{n}", name=name, country=country, type=kind))
    return out


@dataclass(frozen=True, slots=True)
class TopicTree:
    """The fixed topic hierarchy: domains > fields > subfields > topics, each list indexed from 0."""

    domains: tuple[TopicRec, ...]
    fields: tuple[TopicRec, ...]
    subfields: tuple[TopicRec, ...]  # subfield s belongs to field s // words.SUBFIELDS_PER_FIELD
    topics: tuple[TopicRec, ...]  # topic t belongs to subfield t // words.TOPICS_PER_SUBFIELD


@lru_cache(maxsize=1)
def topic_tree() -> TopicTree:
    """Build the topic hierarchy once: ids `synthetic:topic:<n>` numbered domains first, then fields, ..."""
    counter = 0

    def make(name: str, level: str, parent: TopicRec | None) -> TopicRec:
        nonlocal counter
        rec = TopicRec(id=f"synthetic:topic:{counter}", name=name, level=level, parent=parent)
        counter += 1
        return rec

    domains = tuple(make(name, "domain", None) for name in words.DOMAINS)
    fields = tuple(make(name, "field", domains[d]) for name, _, d, _ in words.FIELDS)
    subfields = tuple(
        make(f"{qualifier} {short}", "subfield", fields[f])
        for f, (_, short, _, _) in enumerate(words.FIELDS)
        for qualifier in words.SUBFIELD_QUALIFIERS
    )
    pairs = len(words.TOPIC_MODIFIERS) * len(words.TOPIC_HEADS)
    assert pairs >= words.SUBFIELDS_PER_FIELD * words.TOPICS_PER_SUBFIELD
    topics: list[TopicRec] = []
    for s, sub in enumerate(subfields):
        f = s // words.SUBFIELDS_PER_FIELD
        short = words.FIELDS[f][1]
        for k in range(words.TOPICS_PER_SUBFIELD):
            t = (s % words.SUBFIELDS_PER_FIELD) * words.TOPICS_PER_SUBFIELD + k  # distinct within the field
            p = (t * 37 + f * 101) % pairs  # 37 is coprime to `pairs`: distinct names within a field
            modifier, head = (
                words.TOPIC_MODIFIERS[p % len(words.TOPIC_MODIFIERS)],
                words.TOPIC_HEADS[p // len(words.TOPIC_MODIFIERS)],
            )
            name = f"{modifier} {head} in {short}"
            topics.append(make(name, "topic", sub))
    return TopicTree(domains=domains, fields=fields, subfields=subfields, topics=tuple(topics))


def _issn(j: int) -> str | None:
    """A deterministic ISSN-shaped string for journal `j` (no valid check digit), None for about 15%."""
    if _mix(j ^ 0x155) % 100 < 15:
        return None
    return f"{9000 + j // 1000:04d}-{j % 1000:03d}{'0123456789X'[_mix(j) % 11]}"


@lru_cache(maxsize=1)
def venues() -> tuple[VenueRec, ...]:
    """`words.JOURNALS` journals (journal j belongs to field j % 26) then the repositories of `words.REPOSITORIES`."""
    out: list[VenueRec] = []
    for j in range(words.JOURNALS):
        short = words.FIELDS[j % len(words.FIELDS)][1]
        name = words.JOURNAL_PATTERNS[(j // len(words.FIELDS)) % len(words.JOURNAL_PATTERNS)].format(short)
        out.append(VenueRec(id=f"synthetic:venue:{j}", name=name, kind="journal", issn=_issn(j)))
    for k, name in enumerate(words.REPOSITORIES):
        out.append(VenueRec(id=f"synthetic:venue:{words.JOURNALS + k}", name=name, kind="repository"))
    return tuple(out)


class _Zipf:
    """Draws 0..n-1 with P(k) roughly proportional to 1/(k+q)^s (Zipf-Mandelbrot), by inverting the
    continuous law: O(1) a draw, no table. `q` > 1 flattens the head (the top item is less dominant)."""

    __slots__ = ("_a", "_b", "_inv", "_q", "n")

    def __init__(self, n: int, s: float = 1.0, q: float = 1.0) -> None:
        self.n = n
        self._q = q
        if abs(s - 1.0) < 1e-9:  # x = q * ((n + q) / q) ** u - q
            self._a = 0.0
            self._b = math.log((n + q) / q)
            self._inv = 0.0
        else:  # x = (q^(1-s) + u * ((n + q)^(1-s) - q^(1-s))) ^ (1 / (1-s)) - q
            self._a = q ** (1 - s)
            self._b = (n + q) ** (1 - s) - self._a
            self._inv = 1 / (1 - s)

    def __call__(self, u: float) -> int:
        if self._inv:
            k = int((self._a + u * self._b) ** self._inv - self._q)
        else:
            k = int(self._q * math.exp(u * self._b) - self._q)
        return k if k < self.n else self.n - 1


def _coprime_near(n: int, target: int) -> int:
    m = max(1, target)
    while math.gcd(m, n) != 1:
        m += 1
    return m


# --------------------------------------------------------------------------------------------------
# The generator


class _World:
    """Everything fixed for one (papers, seed) run: researcher homes, institutions, venues, topics."""

    BLOCK = 32  # researchers per lab

    def __init__(self, papers: int, seed: int) -> None:
        self.papers = papers
        self.seed = seed
        self.rng = random.Random(seed)
        rng = self.rng
        r_count = researcher_count(papers)
        self.r_count = r_count
        self.zipf_researcher = _Zipf(r_count, 1.0, RESEARCHER_ZIPF_Q)
        # rank -> index permutation, so hubs are spread over the index space (and their groups are not hubs)
        self.perm_mult = _coprime_near(r_count, int(r_count * 0.6180339887))
        self.institutions = institutions(institution_count(r_count))
        inst_zipf = _Zipf(len(self.institutions), 1.0)
        self.tree = topic_tree()
        self.venues = venues()

        # Researchers adjacent in productivity rank (peers, who co-author most) form labs of BLOCK: a lab has a
        # subfield and an institution, which most of its members share.
        inv_mult = pow(self.perm_mult, -1, r_count)
        rand = rng.random
        field_total = words.FIELD_CUM[-1]
        n_blocks = r_count // self.BLOCK + 1
        block_sub = array("H", bytes(2 * n_blocks))
        block_inst = array("I", bytes(4 * n_blocks))
        for b in range(n_blocks):
            f = bisect_right(words.FIELD_CUM, rand() * field_total)
            block_sub[b] = f * words.SUBFIELDS_PER_FIELD + int(rand() * words.SUBFIELDS_PER_FIELD)
            block_inst[b] = inst_zipf(rand())
        home_sub = array("H", bytes(2 * r_count))
        home_inst = array("I", bytes(4 * r_count))
        move_inst = array("I", bytes(4 * r_count))
        move_year = array("H", bytes(2 * r_count))
        for i in range(r_count):
            b = ((i * inv_mult) % r_count) // self.BLOCK
            u = rand()
            if u < 0.8:
                home_sub[i] = block_sub[b]
            else:  # another subfield of the lab's field
                home_sub[i] = (block_sub[b] // words.SUBFIELDS_PER_FIELD) * words.SUBFIELDS_PER_FIELD + int(
                    (u - 0.8) * 5 * words.SUBFIELDS_PER_FIELD
                )
            home_inst[i] = block_inst[b] if rand() < 0.85 else inst_zipf(rand())
            if rand() < 0.25:  # moves once, in that year
                move_year[i] = 1985 + int(rand() * 38)
                move_inst[i] = inst_zipf(rand())
        self.home_sub = home_sub
        self.home_inst = home_inst
        self.move_inst = move_inst
        self.move_year = move_year

        growth = 0.065
        self._growth = growth
        self._growth_span = math.exp(growth * (YEAR_MAX - YEAR_MIN + 1)) - 1

    def year_of(self, index: int) -> int:
        """Paper `index`'s year: non-decreasing in the index, exponential growth in papers a year."""
        f = (index + 0.5) / self.papers
        year = YEAR_MIN + int(math.log1p(f * self._growth_span) / self._growth)
        return min(year, YEAR_MAX)

    def papers_iter(self) -> Iterator[PaperRec]:
        rng = self.rng
        rand = rng.random
        log = math.log
        seed = self.seed
        r_count = self.r_count
        zipf_r = self.zipf_researcher
        perm_mult = self.perm_mult
        inv_mult = pow(perm_mult, -1, r_count)
        home_sub = self.home_sub
        home_inst = self.home_inst
        move_inst = self.move_inst
        move_year = self.move_year
        insts = self.institutions
        inst_zipf = _Zipf(len(insts), 1.0)
        tree = self.tree
        topics = tree.topics
        n_topics = len(topics)
        all_venues = self.venues
        n_fields = len(words.FIELDS)
        journal_in_field = _Zipf(words.JOURNALS // n_fields, 1.1)
        journal_any = _Zipf(words.JOURNALS, 1.0)
        topic_in_sub = _Zipf(words.TOPICS_PER_SUBFIELD, 0.8)

        # Per paper: bit 0 = has DOI, bit 1 = has PMID. `attach` holds citable papers, once on arrival and
        # again (half the time) whenever cited: drawing from it uniformly is preferential attachment.
        flags = bytearray()
        attach: array[int] = array("I")

        def pick(seq: Sequence[str]) -> str:
            return seq[int(rand() * len(seq))]

        def ref_of(j: int) -> WorkRef:
            fl = flags[j]
            return WorkRef(
                doi=f"{DOI_PREFIX}/syn.{seed}.{j}" if fl & 1 else None,
                pmid=f"9{j}" if fl & 2 else None,
            )

        for i in range(self.papers):
            year = self.year_of(i)

            # --- authors: the first by productivity; then peers, the lab's juniors, and a few others
            rank1 = zipf_r(rand())
            first = (rank1 * perm_mult) % r_count
            era = year >> 2
            if rand() < AUTHORS_TAIL:  # big collaborations: Pareto from 10 authors up
                n_auth = int(10.0 * rng.paretovariate(1.3))
            else:  # the body: log-normal around 3
                n_auth = int(rng.lognormvariate(1.2, 0.6) + 0.5) or 1
            n_auth = min(n_auth, MAX_AUTHORS, r_count // 2)
            chosen = [first]
            seen = {first}
            while len(chosen) < n_auth:
                for _ in range(6):
                    u = rand()
                    if u < P_PEER:  # a peer: near the first author (or another author) in productivity rank
                        if len(chosen) < 4 or rand() < 0.5:
                            base = rank1
                        else:
                            base = (chosen[int(rand() * len(chosen))] * inv_mult) % r_count
                        d = 1 + int(-log(1.0 - rand()) * PEER_SPREAD)
                        if d > GROUP_SPAN:
                            d = GROUP_SPAN
                        peer = base + d if rand() < 0.5 else base - d
                        cand = ((peer % r_count) * perm_mult) % r_count
                    elif u < P_JUNIOR:  # a junior: the same few recur with a PI during an era, then move on
                        pi = first if len(chosen) < 4 or rand() < 0.5 else chosen[int(rand() * len(chosen))]
                        slot = int(-log(1.0 - rand()) * JUNIOR_SPREAD)
                        junior = zipf_r((_mix(pi * 8191 + era * 131 + slot) >> 11) * _TO_UNIT)
                        cand = (junior * perm_mult) % r_count
                    elif u < P_HUB:  # another productive researcher
                        cand = (zipf_r(rand()) * perm_mult) % r_count
                    else:  # anyone
                        cand = int(rand() * r_count)
                    if cand not in seen:
                        break
                while cand in seen:
                    cand = (cand + 1) % r_count
                seen.add(cand)
                chosen.append(cand)

            corresponding = 1 if rand() < 0.7 else n_auth
            authorships: list[AuthorshipRec] = []
            for pos, r in enumerate(chosen, 1):
                u = rand()
                if u < 0.04:
                    affs: tuple[InstitutionRec, ...] = ()
                else:
                    my = move_year[r]
                    home = move_inst[r] if my and year >= my else home_inst[r]
                    if u < 0.12:  # a second affiliation: the other one they have, or another place
                        other = home_inst[r] if my and year >= my else (move_inst[r] if my else inst_zipf(rand()))
                        affs = (insts[home],) if other == home else (insts[home], insts[other])
                    else:
                        affs = (insts[home],)
                authorships.append(
                    AuthorshipRec(
                        researcher=researcher(r), position=pos, corresponding=pos == corresponding, institutions=affs
                    )
                )

            # --- topics, from the first author's home subfield
            sub = home_sub[first]
            home_field = sub // words.SUBFIELDS_PER_FIELD
            u = rand()
            n_top = 1 if u < 0.45 else 2 if u < 0.75 else 3 if u < 0.92 else 4
            topic_ids: list[int] = []
            for k in range(n_top):
                u = rand()
                local = 0.75 if k == 0 else 0.5
                if u < local:
                    t = sub * words.TOPICS_PER_SUBFIELD + topic_in_sub(rand())
                elif u < local + 0.2:
                    s = home_field * words.SUBFIELDS_PER_FIELD + int(rand() * words.SUBFIELDS_PER_FIELD)
                    t = s * words.TOPICS_PER_SUBFIELD + int(rand() * words.TOPICS_PER_SUBFIELD)
                else:
                    t = int(rand() * n_topics)
                if t not in topic_ids:
                    topic_ids.append(t)
            score = 0.7 + 0.3 * rand()
            links: list[TopicLink] = []
            for t in topic_ids:
                links.append(TopicLink(topics[t], round(max(score, 0.0001), 4)))
                score *= 0.5 + 0.45 * rand()
            primary = topics[topic_ids[0]].name
            secondary = topics[topic_ids[-1] if len(topic_ids) > 1 else sub * words.TOPICS_PER_SUBFIELD].name

            # --- type, venue, ids
            u = rand()
            kind = words.TYPES[0]
            for name, cum in zip(words.TYPES, words.TYPE_CUM, strict=True):
                if u < cum:
                    kind = name
                    break
            if kind == "preprint":
                venue: VenueRec | None = all_venues[words.JOURNALS + words.FIELDS[home_field][2]]
            elif kind == "dataset":
                venue = all_venues[words.JOURNALS + len(words.REPOSITORIES) - 1] if rand() < 0.8 else None
            elif kind == "book-chapter":
                venue = None
            elif rand() < 0.8:
                venue = all_venues[journal_in_field(rand()) * n_fields + home_field]
            else:
                venue = all_venues[journal_any(rand())]

            has_doi = rand() < 0.8
            has_pmid = rand() < 0.3
            local_id = f"synthetic:{seed}:{i}"
            if rand() < 0.6:
                date: str | None = f"{year}-{1 + int(rand() * 12):02d}-{1 + int(rand() * 28):02d}"
            else:
                date = None

            # --- title and abstract
            tpl = int(rand() * 8)
            adj = pick(words.ADJECTIVES)
            if tpl == 0:
                title = f"A {adj} {pick(words.METHODS)} for {primary}"
            elif tpl == 1:
                title = f"{primary}: {adj} evidence from {pick(words.CONTEXTS)}"
            elif tpl == 2:
                title = f"On the {pick(words.NOUNS)} of {primary}"
            elif tpl == 3:
                title = f"{pick(words.METHODS).capitalize()} reveals {adj} {pick(words.NOUNS)} in {primary}"
            elif tpl == 4:
                title = f"Towards {adj} {primary}"
            elif tpl == 5:
                title = f"{primary} and {secondary}: a {adj} {pick(words.METHODS)}"
            elif tpl == 6:
                title = f"Revisiting {pick(words.NOUNS)} in {primary}"
            else:
                title = f"The role of {pick(words.NOUNS)} in {primary} across {pick(words.CONTEXTS)}"
            abstract: str | None = None
            if rand() < 0.7:
                sentences = [
                    f"{primary} remains poorly understood despite its relevance to {secondary}.",
                    f"Here we present a {adj} {pick(words.METHODS)} to study {pick(words.NOUNS)} in {primary}.",
                    f"We analysed {10 + int(rand() * 5000)} {pick(words.UNITS)} from {pick(words.CONTEXTS)}.",
                    f"Our results show that {pick(words.NOUNS)} is {pick(words.ASSOCIATIONS)} with {pick(words.NOUNS)}"
                    f" (effect size {rand():.2f}).",
                    f"These findings have implications for {secondary} and suggest directions for future work.",
                ]
                keep = 2 + int(rand() * 4)
                abstract = " ".join(sentences[:keep])

            # --- references: earlier papers with a DOI or PMID
            refs: list[WorkRef] = []
            available = len(attach)
            if available and rand() >= 0.08:
                want = min(MAX_REFERENCES, 1 + int(-log(1.0 - rand()) * 11.0), len(flags))
                cited: set[int] = set()
                scale = 30.0 + i * 0.05
                attempts = want * 3
                while len(cited) < want and attempts:
                    attempts -= 1
                    if rand() < 0.6:
                        j = attach[int(rand() * len(attach))]
                    else:  # recent work
                        j = i - 1 - int(-log(1.0 - rand()) * scale)
                        if j < 0 or not flags[j]:
                            continue
                    if j in cited:
                        continue
                    cited.add(j)
                    refs.append(ref_of(j))
                    if rand() < 0.5:
                        attach.append(j)

            flags.append((1 if has_doi else 0) | (2 if has_pmid else 0))
            if has_doi or has_pmid:
                attach.append(i)

            yield PaperRec(
                source=SOURCE,
                source_id=local_id,
                title=title,
                year=year,
                publication_date=date,
                type=kind,
                abstract=abstract,
                language="en" if rand() < 0.95 else pick(words.LANGUAGES),
                doi=f"{DOI_PREFIX}/syn.{seed}.{i}" if has_doi else None,
                pmid=f"9{i}" if has_pmid else None,
                venue=venue,
                authors=tuple(authorships),
                topics=tuple(links),
                references=tuple(refs),
                local_id=None if has_doi or has_pmid else local_id,
            )


def generate(papers: int, *, seed: int = 1) -> Iterator[PaperRec]:
    """`papers` synthetic papers, deterministic for (papers, seed), streamed in index (and year) order.

    Paper `i` has source_id `synthetic:<seed>:<i>`, DOI `10.99999/syn.<seed>.<i>` (~80%), PMID `9<i>`
    (~30%), and `local_id` = its source_id when it has neither. It cites only earlier papers that have a
    DOI or PMID, by those ids.
    """
    if papers < 0:
        raise ValueError("papers must be >= 0")
    if papers == 0:
        return iter(())
    return _World(papers, seed).papers_iter()


# --------------------------------------------------------------------------------------------------
# Command line


@dataclass(slots=True)
class Shape:
    """Shape statistics of a generated stream."""

    papers: int = 0
    with_doi: int = 0
    with_pmid: int = 0
    local_only: int = 0
    abstracts: int = 0
    authorships: int = 0
    max_authors: int = 0
    citations: int = 0
    topic_links: int = 0
    orcids: int = 0
    works: Counter[str] = field(default_factory=Counter)  # researcher id -> authorships
    types: Counter[str] = field(default_factory=Counter)
    topics: set[str] = field(default_factory=set)
    institutions: set[str] = field(default_factory=set)
    venues: set[str] = field(default_factory=set)
    generate_s: float = 0.0  # time spent inside the generator


def measure(records: Iterator[PaperRec]) -> Shape:
    """Consume `records` and count their shape; `generate_s` is the time spent inside the generator."""
    shape = Shape()
    works, types, topics, insts, venue_ids = shape.works, shape.types, shape.topics, shape.institutions, shape.venues
    orcid_ids: set[str] = set()
    clock = time.perf_counter
    spent = 0.0
    while True:
        t0 = clock()
        rec = next(records, None)
        spent += clock() - t0
        if rec is None:
            break
        shape.papers += 1
        shape.with_doi += rec.doi is not None
        shape.with_pmid += rec.pmid is not None
        shape.local_only += rec.local_id is not None
        shape.abstracts += rec.abstract is not None
        n = len(rec.authors)
        shape.authorships += n
        shape.max_authors = max(shape.max_authors, n)
        shape.citations += len(rec.references)
        shape.topic_links += len(rec.topics)
        types[rec.type] += 1
        for a in rec.authors:
            works[a.researcher.id] += 1
            if a.researcher.orcid:
                orcid_ids.add(a.researcher.id)
            for inst in a.institutions:
                insts.add(inst.id)
        for link in rec.topics:
            topics.add(link.topic.id)
        if rec.venue is not None:
            venue_ids.add(rec.venue.id)
    shape.orcids = len(orcid_ids)
    shape.generate_s = spent
    return shape


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "-"


def report(shape: Shape, papers: int, seed: int, total_s: float) -> str:
    counts = sorted(shape.works.values())
    used = len(counts)
    lines = [
        f"synthetic research graph: {papers:,} papers, seed {seed} (dry run, no database)",
        f"  papers              {shape.papers:,}  (doi {_pct(shape.with_doi, shape.papers)}, pmid "
        f"{_pct(shape.with_pmid, shape.papers)}, local id only {_pct(shape.local_only, shape.papers)}, "
        f"abstract {_pct(shape.abstracts, shape.papers)})",
        "  types               " + ", ".join(f"{k} {v:,}" for k, v in shape.types.most_common()),
        f"  researchers used    {used:,} of {researcher_count(papers):,}  (with ORCID {_pct(shape.orcids, used)})",
        f"  works / researcher  max {counts[-1] if counts else 0:,}, median "
        f"{statistics.median(counts) if counts else 0:g}, mean {shape.authorships / used if used else 0:.2f}",
        f"  authorships         {shape.authorships:,}",
        f"  authors / paper     mean {shape.authorships / shape.papers if shape.papers else 0:.2f}, "
        f"max {shape.max_authors}",
        f"  citations           {shape.citations:,}  (mean {shape.citations / shape.papers if shape.papers else 0:.2f}"
        " a paper)",
        f"  topics used         {len(shape.topics):,} of {len(topic_tree().topics):,} "
        f"(+ {len(topic_tree().subfields)} subfields, {len(topic_tree().fields)} fields, "
        f"{len(topic_tree().domains)} domains); topic links {shape.topic_links:,}",
        f"  institutions used   {len(shape.institutions):,} of {institution_count(researcher_count(papers)):,}",
        f"  venues used         {len(shape.venues):,} of {len(venues())}",
        f"  time                generating {shape.generate_s:.2f} s "
        f"({shape.generate_s / max(shape.papers, 1) * 10_000:.3f} s per 10k records); "
        f"with counting {total_s:.2f} s",
    ]
    return "\n".join(lines)


async def import_synthetic(papers: int, seed: int) -> None:
    """Generate and import through the import pipeline into the Neo4j of the environment."""
    from graphdb.config import Neo4jSettings
    from graphdb.importers.pipeline import import_records  # type: ignore[import-not-found, unused-ignore]
    from graphdb.runner import connect

    async with connect(Neo4jSettings.from_env()) as runner:
        result = await import_records(
            runner, generate(papers, seed=seed), label=f"synthetic {papers} seed {seed}", total=papers
        )
    print(result.summary())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.synthetic", description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--papers", type=int, required=True, help="how many papers to generate")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--dry-run", action="store_true", help="only generate and print shape statistics")
    args = parser.parse_args(argv)
    if args.papers < 1:
        parser.error("--papers must be at least 1")
    if args.dry_run:
        t0 = time.perf_counter()
        shape = measure(generate(args.papers, seed=args.seed))
        print(report(shape, args.papers, args.seed, time.perf_counter() - t0))
        return 0
    asyncio.run(import_synthetic(args.papers, args.seed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
