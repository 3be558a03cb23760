"""Application settings, read from the environment only, in one object built by the factory."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field

from graphdb.config import Neo4jSettings

KNOWN_DEFAULT_PASSWORDS = frozenset({"", "neo4j", "password", "researchgraph", "changeme"})
ENVIRONMENTS = ("development", "test", "production")


class SettingsError(ValueError):
    """The environment describes a configuration the app refuses to start with."""


def _flag(value: str | None, default: bool) -> bool:
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything the app is configured with. See the README for each variable."""

    neo4j: Neo4jSettings = field(default_factory=Neo4jSettings)
    environment: str = "development"
    graphiql: bool = True
    host: str = "127.0.0.1"
    port: int = 8000
    fast_path: bool = True  # GRAPHQL_FAST_PATH: covered reads skip graphql-core's walk (off only to compare)

    def __post_init__(self) -> None:
        if self.environment not in ENVIRONMENTS:
            raise SettingsError(f"APP_ENV must be one of {', '.join(ENVIRONMENTS)}, got {self.environment!r}")
        if self.environment == "production" and self.neo4j.password in KNOWN_DEFAULT_PASSWORDS:
            raise SettingsError(
                "refusing to start in production with no Neo4j password or a known default one: set NEO4J_PASSWORD"
            )

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env
        environment = env.get("APP_ENV", "development").strip().lower()
        try:
            port = int(env.get("PORT", "8000"))
            neo4j = Neo4jSettings.from_env(env)
        except ValueError as err:
            raise SettingsError(f"invalid number in the environment: {err}") from err
        return cls(
            neo4j=neo4j,
            environment=environment,
            graphiql=_flag(env.get("GRAPHIQL"), environment != "production"),
            host=env.get("HOST", "127.0.0.1"),
            port=port,
            fast_path=_flag(env.get("GRAPHQL_FAST_PATH"), True),
        )
