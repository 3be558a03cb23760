// health/ping: proves the database answers a query; one row {ok: 1}.
// params: none
RETURN 1 AS ok
