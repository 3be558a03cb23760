"""The Docker image's start command names entry points that exist (no Docker engine runs here to try it)."""

from __future__ import annotations

import importlib.util
import json
import re
import shlex
from pathlib import Path

from graphdb.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent


def test_image_command_runs_real_entry_points() -> None:
    cmd_line = next(line for line in (ROOT / "Dockerfile").read_text().splitlines() if line.startswith("CMD "))
    script = json.loads(cmd_line.removeprefix("CMD "))[-1]
    steps = [shlex.split(part.strip().removeprefix("exec ")) for part in re.split(r"&&", script)]
    assert [s[:3] for s in steps] == [
        ["python", "-m", "graphdb"],
        ["python", "-m", "graphdb"],
        ["python", "-m", "serve"],
    ]
    for step in steps:
        module = step[2]
        assert importlib.util.find_spec(module) is not None, module
        if module == "graphdb":
            build_parser().parse_args(step[3:])  # exits (fails the test) on an unknown subcommand or flag
