# The two commands: `make` (environment on first run, then the whole edition into build/)
# and `make test`. Everything runs from .venv, created from requirements.lock.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
TEI    := $(wildcard tei/*.xml)
# npm tools of the HTML tests (W3C Nu checker, axe-core), pinned by tests/js/package-lock.json
JSTOOLS := tests/js/node_modules/.installed

.PHONY: all build check validate schema test bench clean distclean

all: build

$(STAMP): requirements.lock pyproject.toml scripts/fetch_tei_all.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	$(BIN)/python scripts/fetch_tei_all.py
	touch $@

# the edition's own schema (schema/edition.rng + edition.sch): `make` stops here if the TEI breaks it
validate: $(STAMP) schema/edition.rng
	$(BIN)/edition validate $(TEI)

# edition.rng is generated from edition.rnc (the compact syntax is the source)
schema: schema/edition.rng
schema/edition.rng: schema/edition.rnc schema/generate_rng.py | $(STAMP)
	$(BIN)/python schema/generate_rng.py

check: validate
	$(BIN)/edition check $(TEI)

build: check
	$(BIN)/edition build all $(TEI) --out build

$(JSTOOLS): tests/js/package.json tests/js/package-lock.json
	npm ci --prefix tests/js --no-audit --no-fund --silent
	touch $@

test: $(STAMP) $(JSTOOLS)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python scripts/bench.py

clean:
	rm -rf build

distclean: clean
	rm -rf $(VENV)
