"""Default and maximum sizes of every list the API returns; a hub is never read whole."""

from __future__ import annotations

from typing import Final

from resolvers.errors import UserInputError

WORKS_DEFAULT: Final = 20
WORKS_MAX: Final = 500
AUTHORS_DEFAULT: Final = 50
AUTHORS_MAX: Final = 500


def check_first(value: int, maximum: int, field: str) -> int:
    """The page size if it lies in 0..maximum; otherwise a BAD_USER_INPUT error naming the field."""
    if not 0 <= value <= maximum:
        raise UserInputError(f"`first` on `{field}` must be between 0 and {maximum}, got {value}")
    return value
