# The two commands: `make run` and `make test`. Everything they need is installed from here.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
STAMP := $(VENV)/.installed

.PHONY: help install run serve test lint typecheck pytest migrate sample sdl import bench-import bench-read bench-analyst neo4j-start neo4j-stop neo4j-status \
	neo4j-test-start neo4j-test-stop clean

help:
	@echo "make run     set up, start Neo4j (unless NEO4J_URI is set), load the sample, serve GraphQL"
	@echo "make test    set up, then ruff, mypy and the whole pytest suite against a real Neo4j"
	@echo "make neo4j-start | neo4j-stop | neo4j-status    the local development server"
	@echo "make import FORMAT=pubmed|crossref|openalex FILES='a.xml.gz b.xml.gz'    import files into the graph"
	@echo "make bench-import    import throughput: the PubMed sample and a synthetic 100,000-paper graph"
	@echo "make bench-read      profile query throughput on the dev database: fast path, ordinary path, raw floor"
	@echo "make bench-analyst   the analyst API (filtered sorted list, deep cursor page) against its raw floor"

install: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11+ is needed")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $@

neo4j-start: $(STAMP)
	@if [ -n "$$NEO4J_URI" ]; then echo "NEO4J_URI is set ($$NEO4J_URI): using that server, not starting one"; \
	else $(PY) -m graphdb.local start --instance dev; fi

neo4j-stop: $(STAMP)
	$(PY) -m graphdb.local stop --instance dev

neo4j-status: $(STAMP)
	$(PY) -m graphdb.local status --instance dev

neo4j-test-start: $(STAMP)
	$(PY) -m graphdb.local start --instance test

neo4j-test-stop: $(STAMP)
	$(PY) -m graphdb.local stop --instance test

migrate: $(STAMP)
	$(PY) -m graphdb migrate

sdl: $(STAMP)
	$(PY) -m schema.sdl --write

sample: $(STAMP)
	$(PY) -m graphdb sample --if-empty

import: $(STAMP)
	$(PY) -m graphdb import --format $(FORMAT) $(FILES)

bench-import: $(STAMP)
	$(PY) -m bench.import_throughput

bench-read: $(STAMP)
	$(PY) -m bench.read_profile

bench-analyst: $(STAMP)
	$(PY) -m bench.read_analyst

run: neo4j-start migrate sample serve

serve: $(STAMP)
	$(PY) -m serve --host $(HOST) --port $(PORT)

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

typecheck: $(STAMP)
	$(PY) -m mypy

pytest: $(STAMP)
	$(PY) -m pytest

test: lint typecheck pytest

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache *.egg-info
