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

.PHONY: all setup native system-deps site serve test test-slow test-browser test-all lint validate schema examples examples-check screenshots benchmarks accuracy agreement scaling clean

all: test site

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet pip==26.3
	$(BIN)/python -m pip install --quiet -e . --group test --group dev
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

setup: $(STAMP) native

# The scorer compiled with mypyc (generator/native.py): about a sixth less work per strategy scored.
# Optional: where it cannot be built the pure-Python scorer runs, with the same results; a compiled
# scorer made from other sources than the present ones (match.py or score.py edited since) is never
# used, and this remakes it.
native: $(STAMP)
	$(BIN)/python -m generator.native --if-stale || echo "compiled scorer not built: the pure-Python one is used"

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
	$(BIN)/mypy

validate: setup
	$(BIN)/s4s validate

schema: setup
	$(BIN)/s4s schema -o strategies/schema.json

# Remake the example strategies: sources -> PDFs -> s4s ingest (commit the results).
examples: setup system-deps
	$(BIN)/python examples/build.py

# Check that the committed examples are reproduced byte for byte.
examples-check: setup system-deps
	$(BIN)/python examples/build.py --check

# Screenshots of the four main pages at desktop and phone width, into screenshots/.
screenshots: site system-deps
	$(BIN)/python tests/browser/screenshots.py

benchmarks: setup system-deps
	$(BIN)/python benchmarks/ingest.py
	$(BIN)/python benchmarks/score.py
	$(BIN)/python benchmarks/build.py --sizes 100,1000

# Refresh the scaling table the docs show (long: builds 100, 1,000 and 5,000 strategies).
scaling: setup
	$(BIN)/python benchmarks/build.py --write

# Re-measure SDG detection on the development data (methodology page figures).
accuracy: setup
	$(BIN)/python -m generator.documents refresh-accuracy

# Agreement of the scorer with the example answer keys, per criterion and example.
agreement: setup
	$(BIN)/python eval/examples_agreement.py --detail

clean:
	rm -rf site build .pytest_cache
	$(BIN)/python -m generator.native --clean || true
