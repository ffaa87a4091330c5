# One task runner. `make site` and `make test` are the README's two commands: each does all
# the set-up it needs on a fresh machine with Python 3.11 (a virtual environment in .venv,
# the pinned Python packages, and the Debian packages OCR and browser tests need).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
PYTEST := $(BIN)/python -m pytest
# Quiet progress output in CI logs.
QUIET := $(if $(CI),--quiet,)

.PHONY: all setup system-deps site serve test test-slow test-browser test-all lint validate schema examples screenshots benchmarks clean

all: test site

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet pip==26.3
	$(BIN)/python -m pip install --quiet -e . --group test --group dev
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

setup: $(STAMP)

# tesseract (OCR of scanned pages), chromium (browser tests), fonts for the example PDFs.
system-deps:
	@sh .ci/system-deps.sh

## The README's first command: set up and build the site into site/.
site: setup
	$(BIN)/s4s build $(QUIET)

serve: setup
	$(BIN)/s4s serve

## The README's second command: set up and run the tests (quick suite, a few minutes at most).
test: setup system-deps
	$(PYTEST) -q -n 2

# Scale runs and long checks: run by CI after the quick suite.
test-slow: setup system-deps
	$(PYTEST) -q -m slow || [ $$? -eq 5 ]  # 5: none selected yet

# Real-browser tests against a built site (Debian's chromium).
test-browser: setup system-deps
	$(PYTEST) -q -m browser || [ $$? -eq 5 ]

test-all: test test-slow test-browser

lint: setup
	$(BIN)/ruff check generator tests benchmarks

validate: setup
	$(BIN)/s4s validate

schema: setup
	$(BIN)/s4s schema -o strategies/schema.json

benchmarks: setup system-deps
	$(BIN)/python benchmarks/ingest.py
	$(BIN)/python benchmarks/score.py

clean:
	rm -rf site build .pytest_cache
