"""Connection settings for Neo4j, read from the environment."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

DEFAULT_URI = "bolt://127.0.0.1:7687"


@dataclass(frozen=True, slots=True)
class Neo4jSettings:
    """Where Neo4j is and how to talk to it. An empty password means no authentication."""

    uri: str = DEFAULT_URI
    user: str = "neo4j"
    password: str = ""
    database: str = "neo4j"
    query_timeout_s: float = 30.0
    connection_timeout_s: float = 5.0
    max_pool_size: int = 50
    # How long the driver keeps retrying a transaction after transient errors or a lost server. Short
    # for requests (a client should hear DATABASE_UNAVAILABLE in seconds, not wait half a minute);
    # the import command asks for longer.
    retry_time_s: float = 5.0

    @property
    def auth(self) -> tuple[str, str] | None:
        return (self.user, self.password) if self.password else None

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Neo4jSettings:
        env = os.environ if env is None else env
        return cls(
            uri=env.get("NEO4J_URI") or DEFAULT_URI,
            user=env.get("NEO4J_USER", "neo4j"),
            password=env.get("NEO4J_PASSWORD", ""),
            database=env.get("NEO4J_DATABASE", "neo4j"),
            query_timeout_s=float(env.get("NEO4J_QUERY_TIMEOUT", "30")),
            connection_timeout_s=float(env.get("NEO4J_CONNECTION_TIMEOUT", "5")),
            max_pool_size=int(env.get("NEO4J_MAX_POOL_SIZE", "50")),
            retry_time_s=float(env.get("NEO4J_RETRY_TIME", "5")),
        )
