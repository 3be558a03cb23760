"""`python -m graphdb`: the data command (see graphdb.cli)."""

import sys

from graphdb.cli import main

sys.exit(main())
