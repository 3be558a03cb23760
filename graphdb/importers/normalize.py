"""Normalisers shared by every importer: persistent ids, name keys, institution names, work types.

The graph's own ids are derived here, so every source computes the same id for the same thing:

- Paper: `doi:<doi>`, else `pmid:<pmid>`, else `arxiv:<id>`, else `openalex:<W id>`, else
  `<source>:<source's own id>`.
- Researcher: `orcid:<orcid>`, else `openalex:<A id>`, else `<source>:name:<family>_<given>` (the
  name rule, documented in the README: within one source, one normalised full name is one person;
  two authors of one paper are never merged, because a repeated name on a byline gets `~<position>`).
- Institution: `ror:<ror>`, else `openalex:<I id>`, else `name:<normalised name>`.
- Venue: `issn:<issn>`, else `openalex:<S id>`, else `name:<normalised name>`.
- Topic: `mesh:<descriptor UI>`, `keyword:<normalised keyword>`, `openalex:<T id>` and so on.
"""

from __future__ import annotations

import re
import unicodedata

_DOI = re.compile(r"(10\.\d{4,9}/\S+)", re.IGNORECASE)
_ORCID = re.compile(r"(\d{4}-?\d{4}-?\d{4}-?\d{3}[\dXx])")
_ROR = re.compile(r"(?:ror\.org/)?(0[a-z0-9]{6}\d{2})$", re.IGNORECASE)
_OPENALEX = re.compile(r"(?:openalex\.org/)?([WASITPCF]\d+)$", re.IGNORECASE)
_ISSN = re.compile(r"^(\d{4})-?(\d{3}[\dXx])$")
_ARXIV = re.compile(r"(?:arxiv[:./])?(\d{4}\.\d{4,5}(?:v\d+)?|[a-z\-]+(?:\.[A-Z]{2})?/\d{7}(?:v\d+)?)$", re.IGNORECASE)
_EMAIL = re.compile(r"\S+@\S+")
_SPACE = re.compile(r"\s+")
_NON_WORD = re.compile(r"[^a-z0-9]+")

# Words that name an institution in an affiliation string, strongest first: the part holding the
# strongest word is the institution ("School of X, Y University" is Y University).
INSTITUTION_TIERS: tuple[frozenset[str], ...] = (
    frozenset({"university", "universite", "universidad", "universita", "universitat", "universidade", "universiteit"}),
    frozenset({"hospital", "institute", "institut", "instituto", "istituto", "college", "academy", "clinic"}),
    frozenset(
        {
            "centre",
            "center",
            "laboratory",
            "laboratories",
            "foundation",
            "council",
            "agency",
            "ministry",
            "museum",
            "observatory",
            "inc",
            "ltd",
            "gmbh",
            "corporation",
            "company",
        }
    ),
    frozenset({"school", "faculty"}),
)


def doi(value: str | None) -> str | None:
    """`10.1000/xyz` lower-cased, from a bare DOI, `doi:` or a resolver URL; None when there is none."""
    if not value:
        return None
    m = _DOI.search(value.strip())
    return m.group(1).rstrip(".").lower() if m else None


def orcid(value: str | None) -> str | None:
    """`0000-0002-1825-0097` from a bare ORCID or an orcid.org URL, checksum verified; else None."""
    if not value:
        return None
    m = _ORCID.search(value.strip())
    if not m:
        return None
    digits = m.group(1).replace("-", "").upper()
    total = 0
    for ch in digits[:-1]:
        total = (total + int(ch)) * 2
    check = (12 - total % 11) % 11
    if digits[-1] != ("X" if check == 10 else str(check)):
        return None
    return "-".join(digits[i : i + 4] for i in range(0, 16, 4))


def ror(value: str | None) -> str | None:
    """The bare ROR id (`05dxps055`) from a bare id or a ror.org URL; else None."""
    if not value:
        return None
    m = _ROR.search(value.strip())
    return m.group(1).lower() if m else None


def openalex(value: str | None) -> str | None:
    """The bare OpenAlex id (`W2741809807`) from a bare id or an openalex.org URL; else None."""
    if not value:
        return None
    m = _OPENALEX.search(value.strip())
    return m.group(1).upper() if m else None


def issn(value: str | None) -> str | None:
    """`1234-567X` from `1234567x` or `1234-567x`; else None."""
    if not value:
        return None
    m = _ISSN.match(value.strip())
    return f"{m.group(1)}-{m.group(2).upper()}" if m else None


def arxiv(value: str | None) -> str | None:
    """The arXiv id without version (`2101.00001`, `hep-th/9901001`); else None."""
    if not value:
        return None
    m = _ARXIV.search(value.strip())
    return re.sub(r"v\d+$", "", m.group(1)).lower() if m else None


def pmid(value: str | int | None) -> str | None:
    """The PubMed id as a string of digits; else None."""
    if value is None:
        return None
    text = str(value).strip().rsplit("/", 1)[-1]
    return text if text.isdigit() and text != "0" else None


def clean(value: str | None) -> str | None:
    """Whitespace collapsed and trimmed; None for empty."""
    if value is None:
        return None
    text = _SPACE.sub(" ", value).strip()
    return text or None


def fold(value: str) -> str:
    """Lower-case ASCII words joined by `-`: accents removed, punctuation dropped."""
    ascii_text = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii").lower()
    return _NON_WORD.sub("-", ascii_text).strip("-")


def name_key(family: str | None, given: str | None) -> str:
    """The per-source name key `<family>_<given>` (folded); family alone when no given name."""
    fam = fold(family or "")
    giv = fold(given or "")
    return f"{fam}_{giv}" if giv else fam


def full_name(family: str | None, given: str | None) -> str | None:
    """`Given Family`, cleaned."""
    return clean(" ".join(part for part in (given, family) if part))


def paper_id(
    *,
    doi_: str | None,
    pmid_: str | None,
    arxiv_: str | None,
    openalex_: str | None,
    fallback: str | None,
) -> str | None:
    """A paper's graph id from its strongest persistent id (see the module docstring)."""
    if doi_:
        return f"doi:{doi_}"
    if pmid_:
        return f"pmid:{pmid_}"
    if arxiv_:
        return f"arxiv:{arxiv_}"
    if openalex_:
        return f"openalex:{openalex_}"
    return fallback


def researcher_id(source: str, *, orcid_: str | None, openalex_: str | None, key: str) -> str:
    """A researcher's graph id: ORCID, else OpenAlex id, else the per-source name key."""
    if orcid_:
        return f"orcid:{orcid_}"
    if openalex_:
        return f"openalex:{openalex_}"
    return f"{source}:name:{key}"


def institution_name(affiliation: str) -> tuple[str, str | None]:
    """The institution and country in a free-text affiliation string.

    `Department of X, University of Y, City, Country. a@b.org` gives `("University of Y", "Country")`:
    e-mail addresses are removed; of the comma-separated parts, the one naming the strongest kind of
    institution (a university before an institute before a centre before a school) is the institution,
    else the first part; the last part is the
    country when it is purely alphabetic. Several affiliations joined by `;` keep only the first.
    """
    text = _EMAIL.sub("", affiliation)
    text = text.split(";")[0]
    text = clean(text.replace("Electronic address:", "")) or ""
    text = text.rstrip(" .")
    parts = [p.strip(" .") for p in text.split(",") if p.strip(" .")]
    if not parts:
        return "", None
    chosen = parts[0]
    best = len(INSTITUTION_TIERS)
    for part in parts:
        words = set(fold(part).split("-"))
        tier = next((i for i, tier in enumerate(INSTITUTION_TIERS) if words & tier), best)
        if tier < best:
            chosen, best = part, tier
    country = parts[-1] if len(parts) > 1 and re.fullmatch(r"[A-Za-z .'-]+", parts[-1]) else None
    return chosen, country


def institution_key(name: str) -> str:
    """The id key of an institution known only by name."""
    return f"name:{fold(name)}"


WORK_TYPES = {
    # Crossref
    "journal-article": "article",
    "posted-content": "preprint",
    "proceedings-article": "conference-paper",
    "book-chapter": "book-chapter",
    "book": "book",
    "monograph": "book",
    "edited-book": "book",
    "dataset": "dataset",
    "dissertation": "dissertation",
    "report": "report",
    "peer-review": "peer-review",
    "reference-entry": "reference-entry",
    # OpenAlex
    "article": "article",
    "preprint": "preprint",
    "review": "review",
    "letter": "letter",
    "editorial": "editorial",
    "erratum": "erratum",
    "paratext": "paratext",
    "other": "other",
    # PubMed publication types (lower-cased)
    "journal article": "article",
    "systematic review": "review",
    "meta-analysis": "review",
    "comment": "comment",
    "news": "news",
    "case reports": "article",
    "clinical trial": "article",
    "randomized controlled trial": "article",
    "published erratum": "erratum",
    "retraction of publication": "retraction",
}


def work_type(value: str | None) -> str:
    """The graph's work type (article, preprint, review, book-chapter, dataset, ...) from a source's type."""
    if not value:
        return "article"
    return WORK_TYPES.get(value.strip().lower(), "other")
