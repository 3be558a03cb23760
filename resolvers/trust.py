"""The trust formula: a researcher record's score, label, verification level and components.

Its inputs come from `cypher/fields/Researcher.trust.cypher`, fetched by the same statement as the rest
of the profile; `snapshot` runs while the answer is shaped. The README's "Trust" section documents it.

Components (weights sum to 100):

- `claim` (30): claimed by an account with strong evidence (L3) 30, claimed otherwise (L2) 20.
- `orcid` (25): the record carries an ORCID iD.
- `identified_works` (20): 4 per work with a DOI, PMID or arXiv id, at most 20.
- `affiliation` (10): at least one affiliation is imported.
- `sources` (10): 5 per distinct source that describes the record, at most 10.
- `openalex` (5): the record carries an OpenAlex author id.

Bands: 0-24 `Unverified`, 25-49 `Emerging`, 50-74 `Established`, 75-100 `Trusted`.
Levels: L0 no persistent identifier anywhere (no ORCID, no OpenAlex id, no identified work); L1
identified but not claimed; L2 claimed; L3 claimed with the account's verified ORCID equal to the
record's, or its verified e-mail domain among the domains of the record's institutions.
"""

from __future__ import annotations

from typing import Any, Final

BANDS: Final = ((75, "Trusted"), (50, "Established"), (25, "Emerging"), (0, "Unverified"))
PER_WORK: Final = 4
PER_SOURCE: Final = 5


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def level(inputs: dict[str, Any]) -> str:
    """L0-L3 from the record's identifiers and claim."""
    claim = inputs.get("claim")
    if claim is not None:
        return "L3" if strong_claim(inputs) else "L2"
    if inputs.get("orcid") or inputs.get("openalexId") or (inputs.get("identifiedWorks") or 0) > 0:
        return "L1"
    return "L0"


def strong_claim(inputs: dict[str, Any]) -> bool:
    """The claiming account's verified ORCID equals the record's, or its verified e-mail domain is one of the
    record's institutions' domains."""
    claim = inputs.get("claim") or {}
    orcid = inputs.get("orcid")
    if orcid and claim.get("accountOrcid") == orcid:
        return True
    domain = claim.get("emailDomain")
    return bool(domain) and domain in (inputs.get("institutionDomains") or [])


def label(score: int) -> str:
    """The band a score falls in."""
    return next(name for floor, name in BANDS if score >= floor)


def components(inputs: dict[str, Any]) -> list[dict[str, Any]]:
    """Each component with its name, weight, value and evidence."""
    claim = inputs.get("claim")
    orcid = inputs.get("orcid")
    openalex = inputs.get("openalexId")
    works = int(inputs.get("identifiedWorks") or 0)
    affiliations = int(inputs.get("affiliations") or 0)
    sources = sorted(set(inputs.get("sources") or []))
    strong = claim is not None and strong_claim(inputs)
    claim_value = 0 if claim is None else (30 if strong else 20)
    claim_evidence = []
    if claim is not None:
        how = "with matching evidence" if strong else "without matching evidence"
        claim_evidence = [f"claimed by a signed-in account ({claim.get('method') or 'unspecified'}), {how}"]
    return [
        {"name": "claim", "weight": 30, "value": claim_value, "evidence": claim_evidence},
        {"name": "orcid", "weight": 25, "value": 25 if orcid else 0, "evidence": [f"ORCID {orcid}"] if orcid else []},
        {
            "name": "identified_works",
            "weight": 20,
            "value": min(20, PER_WORK * works),
            "evidence": [f"{_plural(works, 'work')} with a DOI, PMID or arXiv id"] if works else [],
        },
        {
            "name": "affiliation",
            "weight": 10,
            "value": 10 if affiliations else 0,
            "evidence": [f"{_plural(affiliations, 'affiliation')} imported"] if affiliations else [],
        },
        {
            "name": "sources",
            "weight": 10,
            "value": min(10, PER_SOURCE * len(sources)),
            "evidence": [f"described by {', '.join(sources)}"] if sources else [],
        },
        {
            "name": "openalex",
            "weight": 5,
            "value": 5 if openalex else 0,
            "evidence": [f"OpenAlex author {openalex}"] if openalex else [],
        },
    ]


def snapshot(inputs: dict[str, Any] | None) -> dict[str, Any]:
    """The trust snapshot as the `Trust` type reads it."""
    inputs = inputs or {}
    parts = components(inputs)
    score = sum(int(c["value"]) for c in parts)
    return {
        "score": score,
        "label": label(score),
        "level": level(inputs),
        "claimed": inputs.get("claim") is not None,
        "components": parts,
    }
