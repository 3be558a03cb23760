// testing/slow: counts a long range for a long time, to reach the transaction timeout; one row {n}.
// params: $upTo
UNWIND range(1, $upTo) AS x
WITH x WHERE x < 0
RETURN count(x) AS n
