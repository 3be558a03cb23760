"""The order keys (`rank`) kept on the edges of the lists a hub makes long: the one home of their format.

A key is `<owner id> SEP <sort part> SEP <listed id>`, where SEP is U+0001, below every character that a name
or an id holds (names keep no control characters), so a shorter name sorts before a longer one it begins
("Fei Li" before "Fei Liu") and each owner's keys form one range, read by `STARTS WITH <owner id> SEP`.
Papers' edges sort newest first (the year part is 10000 - year padded to five digits, `99999` for no year);
affiliations by the lower-cased researcher name. The paper lists that analysts sort by citations (a
researcher's, a topic's, a venue's works) also keep `citedRank`, most cited first: the sort part is 999999999
minus the paper's CITES in-degree, padded to nine digits, so ties go by paper id. The statements in
`cypher/import/rank_*.cypher` write them with this separator as `$sep`; the read compiler matches the owner's
range with it.
"""

from __future__ import annotations

from typing import Any, Final

SEPARATOR: Final = "\u0001"
CYPHER_SEPARATOR: Final = "'\\u0001'"  # the same character as a Cypher string literal, for compiled reads
CYPHER_AFTER_SEPARATOR: Final = "'\\u0002'"  # the next character: `<owner id>` + it bounds the owner's range


CITED_RANKED: Final = frozenset({"AUTHORED", "HAS_TOPIC", "UNDER_TOPIC", "PUBLISHED_IN"})  # edges with citedRank


def rank_params(ids: list[str]) -> dict[str, Any]:
    """The parameters of `import/rank_papers` and `import/rank_affiliations` for these node ids."""
    return {"ids": ids, "sep": SEPARATOR}
