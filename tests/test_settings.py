"""Settings come from the environment only, and unsafe production settings are refused."""

from __future__ import annotations

import pytest

from settings import Settings, SettingsError


def test_defaults_for_development() -> None:
    s = Settings.from_env({})
    assert s.environment == "development"
    assert s.graphiql is True
    assert s.neo4j.uri == "bolt://127.0.0.1:7687"
    assert s.neo4j.auth is None
    assert s.port == 8000


def test_every_variable_is_read() -> None:
    s = Settings.from_env(
        {
            "APP_ENV": "production",
            "NEO4J_URI": "neo4j://db:7687",
            "NEO4J_USER": "reader",
            "NEO4J_PASSWORD": "s3cret-and-long",
            "NEO4J_DATABASE": "graph",
            "NEO4J_QUERY_TIMEOUT": "12.5",
            "NEO4J_CONNECTION_TIMEOUT": "3",
            "NEO4J_MAX_POOL_SIZE": "10",
            "NEO4J_RETRY_TIME": "2.5",
            "GRAPHIQL": "yes",
            "HOST": "0.0.0.0",
            "PORT": "9000",
        }
    )
    assert (s.neo4j.uri, s.neo4j.auth, s.neo4j.database) == ("neo4j://db:7687", ("reader", "s3cret-and-long"), "graph")
    assert (s.neo4j.query_timeout_s, s.neo4j.connection_timeout_s, s.neo4j.max_pool_size) == (12.5, 3.0, 10)
    assert s.neo4j.retry_time_s == 2.5
    assert (s.graphiql, s.host, s.port) == (True, "0.0.0.0", 9000)


def test_graphiql_is_off_in_production_by_default() -> None:
    assert Settings.from_env({"APP_ENV": "production", "NEO4J_PASSWORD": "s3cret-and-long"}).graphiql is False


@pytest.mark.parametrize("password", ["", "neo4j", "password"])
def test_production_refuses_missing_or_default_passwords(password: str) -> None:
    with pytest.raises(SettingsError, match="NEO4J_PASSWORD"):
        Settings.from_env({"APP_ENV": "production", "NEO4J_PASSWORD": password})


def test_bad_values_are_clear_errors() -> None:
    with pytest.raises(SettingsError, match="APP_ENV"):
        Settings.from_env({"APP_ENV": "staging"})
    with pytest.raises(SettingsError, match="invalid number"):
        Settings.from_env({"PORT": "eighty"})
