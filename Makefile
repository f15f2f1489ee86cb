# The two commands: `make` (environment on first run, then the whole edition into build/)
# and `make test`. Everything runs from .venv, created from requirements.lock.
#
# `make` is incremental: each output is a real target with its true prerequisites, so a
# second `make` with nothing changed does nothing, and a change rebuilds only what depends
# on it (the print CSS: the PDF, and the site that offers it for download; a register
# entry in the TEI: everything of that document). A document is checked (`edition check`:
# schema, Schematron, tei_all, fidelity) before any output of it is built; .make/ keeps
# the stamps of those checks.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
STAMPS := .make
TEI    := $(wildcard tei/*.xml)
NAMES  := $(basename $(notdir $(TEI)))
# npm tools of the HTML tests (W3C Nu checker, axe-core), pinned by tests/js/package-lock.json
JSTOOLS := tests/js/node_modules/.installed
# the maps' geography (Natural Earth through the npm package world-atlas), pinned by
# web/geodata/package-lock.json: read by the builds, installed once like the environment
GEODATA := web/geodata/node_modules/.installed

# what every step depends on: the package, the shared stylesheets, the schema
CODE    := $(wildcard edition/*.py) pyproject.toml $(STAMP)
COMMON  := $(wildcard xslt/common/*.xsl)
SCHEMA  := schema/edition.rng schema/edition.sch
# what each output depends on besides its document
CHECK_DEPS := $(CODE) $(COMMON) $(SCHEMA) xslt/text/diplomatic-lines.xsl $(wildcard source/*)
TEXT_DEPS  := $(CODE) $(COMMON) $(SCHEMA) $(wildcard xslt/text/*.xsl)
DATA_DEPS  := $(CODE) $(COMMON) $(SCHEMA) $(wildcard xslt/data/*.xsl) web/messages.json
PDF_DEPS   := $(CODE) $(GEODATA) $(COMMON) $(SCHEMA) $(wildcard xslt/print/*.xsl) $(wildcard web/print/*) $(wildcard web/fonts/*/*) web/messages.json
HTML_DEPS  := $(CODE) $(GEODATA) $(COMMON) $(SCHEMA) $(wildcard xslt/html/*.xsl xslt/odd/*.xsl) $(wildcard web/css/* web/js/* web/templates/*) \
              web/messages.json $(wildcard web/fonts/*/*) $(wildcard schema/*.rnc schema/*.odd)

CHECKED := $(NAMES:%=$(STAMPS)/%.checked)
TEXTS   := $(NAMES:%=build/text/%.txt)
PDFS    := $(NAMES:%=build/pdf/%.pdf)
DATA    := $(NAMES:%=build/data/%/registers.jsonld)
SITES   := $(NAMES:%=build/html/%/index.html)

.PHONY: all build check validate schema test system-packages bench screenshots dist clean distclean

all: build

# the stamps are named here so that make keeps them (not intermediate files)
build: $(CHECKED) $(TEXTS) $(PDFS) $(DATA) $(SITES)

$(STAMP): requirements.lock pyproject.toml scripts/fetch_tei_all.py
	@bash scripts/system_packages.sh build
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	$(BIN)/python scripts/fetch_tei_all.py
	touch $@

# edition.rng is generated from edition.rnc (the compact syntax is the source)
schema: schema/edition.rng
schema/edition.rng: schema/edition.rnc schema/generate_rng.py | $(STAMP)
	$(BIN)/python schema/generate_rng.py

# a document is checked once for each change of it or of what judges it
$(STAMPS)/%.checked: tei/%.xml $(CHECK_DEPS)
	$(BIN)/edition check $<
	@mkdir -p $(STAMPS) && touch $@

build/text/%.txt: tei/%.xml $(STAMPS)/%.checked $(TEXT_DEPS)
	$(BIN)/edition build text $< --out build

build/pdf/%.pdf: tei/%.xml $(STAMPS)/%.checked $(PDF_DEPS)
	$(BIN)/edition build pdf $< --out build

# the open data (registers as CSV and JSON-LD, places as GeoJSON, a Dublin Core record):
# one folder, build/data/NAME/, made whole by one transform
build/data/%/registers.jsonld: tei/%.xml $(STAMPS)/%.checked $(DATA_DEPS)
	$(BIN)/edition build data $< --out build

# the site offers the text, the PDF and the open data for download: it follows them
build/html/%/index.html: tei/%.xml $(STAMPS)/%.checked build/text/%.txt build/pdf/%.pdf build/data/%/registers.jsonld $(HTML_DEPS)
	$(BIN)/edition build html $< --out build

# the deposit package of each document (a BagIt bag of the TEI, its witness, the schema and
# every output, with CITATION.cff and codemeta.json): what an archivist deposits. It holds
# the site and what the site offers for download, so it follows the site, which follows them.
DEPOSITS := $(NAMES:%=build/deposit/%/bagit.txt)
dist: $(DEPOSITS)

build/deposit/%/bagit.txt: tei/%.xml $(STAMPS)/%.checked build/html/%/index.html $(CODE) $(wildcard xslt/deposit/*.xsl) \
                           LICENSE $(wildcard source/*)
	$(BIN)/edition build deposit $< --out build

# every document, judged again whatever the stamps say
validate: $(STAMP) schema/edition.rng
	$(BIN)/edition validate $(TEI)

check: validate
	$(BIN)/edition check $(TEI)

$(GEODATA): web/geodata/package.json web/geodata/package-lock.json
	npm ci --prefix web/geodata --no-audit --no-fund --silent
	touch $@

$(JSTOOLS): tests/js/package.json tests/js/package-lock.json
	npm ci --prefix tests/js --no-audit --no-fund --silent
	touch $@

# the Debian packages the tests need (listed in scripts/system_packages.sh): installed when
# run as root with apt-get, otherwise make stops with the `sudo apt-get install` line to run
system-packages:
	@bash scripts/system_packages.sh

test: system-packages $(STAMP) $(GEODATA) $(JSTOOLS)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python scripts/bench.py

# pictures of the maps and the timeline at desktop and phone width, to look at
screenshots: build
	$(BIN)/python scripts/screenshots.py

clean:
	rm -rf build $(STAMPS) .artifacts

distclean: clean
	rm -rf $(VENV)
