// testing/mark: marks the database as owned by the test suite; one row {marked}.
// params: none
MERGE (m:TestSuiteOwnsThisDatabase {id: 'tests'})
RETURN count(m) AS marked
