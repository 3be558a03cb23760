"""Resolvers: the read path behind the schema's root fields, and the per-request context."""
