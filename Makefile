# Two commands do everything on a fresh machine:
#   make run   - set up .venv and ingest the samples in data/raw into data/curated/strategies.duckdb
#   make test  - set up .venv and run the test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB := data/curated/strategies.duckdb

.PHONY: setup browser office ocr run test eval eval-ocr bench score mutants clean

setup: $(VENV)/.installed ocr

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

run: setup
	$(BIN)/regstrat ingest data/raw --db $(DB)

# The provenance report is tested in a real browser: Debian's chromium, for tests only.
browser:
	@command -v chromium >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

# Scans are read by Debian's Tesseract with its Russian and English models.
ocr:
	@command -v tesseract >/dev/null && tesseract --list-langs 2>/dev/null | grep -qx rus || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tesseract-ocr tesseract-ocr-rus tesseract-ocr-eng >/dev/null; }

# DOC, RTF and ODT are read through LibreOffice (optional for users): Debian's writer without a GUI.
office:
	@command -v soffice >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libreoffice-writer-nogui >/dev/null; }

test: setup browser office
	$(BIN)/python -m pytest -q

eval: setup
	$(BIN)/python -m normalize.evaluate

# Whole scanned documents (generated into data/eval-ocr/) against their gold: minutes a document.
eval-ocr: setup
	$(BIN)/python tests/eval_ocr.py $(EVAL_OCR_ARGS)

# Mutation checks (not in CI, a few minutes): every mutant must make some test fail.
mutants: setup
	$(BIN)/python tests/mutants.py

# Issue #9: reworded strategies (tuning and held-out halves) and browser prints against their gold.
.PHONY: eval-variants
eval-variants: setup
	$(BIN)/python tests/variants/score_variants.py tests/fixtures/variants/tuning tests/fixtures/variants/heldout tests/fixtures/variants/blind tests/fixtures/variants/blind2 tests/fixtures/variants/browser tests/fixtures/variants/regions tests/fixtures/variants/blind3 tests/fixtures/variants/blind3x tests/fixtures/variants/blind4 tests/fixtures/variants/blind5 tests/fixtures/variants/blind6 tests/fixtures/variants/blind7 tests/fixtures/variants/blind8 tests/fixtures/variants/blind9 tests/fixtures/variants/blind10 tests/fixtures/variants/blind11 tests/fixtures/variants/blind12 tests/fixtures/variants/blind13 tests/fixtures/variants/blind14 tests/fixtures/variants/blind15 tests/fixtures/variants/blind16 tests/fixtures/variants/blind17 tests/fixtures/variants/blind18 tests/fixtures/variants/blind19 tests/fixtures/variants/blind20 tests/fixtures/variants/blind21 tests/fixtures/variants/blind22 tests/fixtures/variants/blind23 tests/fixtures/variants/blind24 tests/fixtures/variants/blind25 tests/fixtures/variants/blind26 tests/fixtures/variants/blind27 tests/fixtures/variants/blind28 tests/fixtures/variants/blind29 tests/fixtures/variants/blind30 tests/fixtures/variants/blind31 tests/fixtures/variants/blind32 tests/fixtures/variants/blind33 tests/fixtures/variants/blind34 tests/fixtures/variants/blind35 --docx

# Rebuild the committed variant PDFs and gold (LibreOffice with Russian hyphenation; python-docx is a
# dependency anyway; Chromium); the tests only read the committed files.
.PHONY: variants
variants: setup browser
	@command -v soffice >/dev/null && [ -e /usr/share/hyphen/hyph_ru_RU.dic ] || { apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libreoffice-writer-nogui hyphen-ru fonts-liberation fonts-dejavu >/dev/null; }
	$(BIN)/python tests/variants/make_variants.py
	$(BIN)/python tests/variants/make_html_renders.py

bench: setup
	$(BIN)/python -m benchmarks.run
	$(BIN)/python -m benchmarks.startup

score: run
	@for f in tests/fixtures/gold-*.json; do \
		name=$$(basename $$f .json | sed 's/^gold-/strategy-/'); \
		echo "== $$name"; $(BIN)/python tests/score_gold.py $$f $(DB) --file $$name.pdf | tail -4; \
	done

clean:
	rm -rf $(VENV) $(DB) *.egg-info .pytest_cache
