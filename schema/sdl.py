"""`python -m schema.sdl`: prints the schema's SDL, or writes it to schema.graphql with --write."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from schema.build import build_schema

SDL_FILE = Path(__file__).resolve().parent.parent / "schema.graphql"


def printed() -> str:
    return build_schema().as_str() + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m schema.sdl", description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help=f"write {SDL_FILE.name} instead of printing")
    args = parser.parse_args(argv)
    if args.write:
        SDL_FILE.write_text(printed())
        print(f"wrote {SDL_FILE}")
    else:
        sys.stdout.write(printed())
    return 0


if __name__ == "__main__":
    sys.exit(main())
