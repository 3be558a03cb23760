"""Errors that resolvers raise for a client's mistake; each has a stable code."""

from __future__ import annotations


class UserInputError(Exception):
    """An argument is out of range or malformed; the message tells the client what to change."""

    code = "BAD_USER_INPUT"
