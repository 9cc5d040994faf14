# Everything a fresh machine needs: `make serve` and `make test` (see README.md).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
INDEX_DIR ?= instance/index
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: serve test lint typecheck format index chromium nginx bench bench-large golden clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

index: $(STAMP)  # builds the index if it is missing, stale or behind the corpus; else does nothing
	$(VENV)/bin/reindex --changed-only --quiet --corpus corpus --index $(INDEX_DIR)

serve: index
	REPORTS_INDEX_DIR=$(INDEX_DIR) $(PY) -m webapp serve --host $(HOST) --port $(PORT)

chromium:
	@command -v chromium >/dev/null 2>&1 || { \
		if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
		$$SUDO apt-get update -qq && \
		$$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null; }

nginx:  # Debian's nginx for the deployment tests (they run it on 127.0.0.1 with their own prefix)
	@command -v nginx >/dev/null 2>&1 || test -x /usr/sbin/nginx || { \
		if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
		$$SUDO apt-get update -qq && \
		$$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null; }

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: $(STAMP)  # mypy --strict over indexer/ and webapp/ (settings in pyproject.toml)
	$(PY) -m mypy

format: $(STAMP)
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

test: $(STAMP) chromium nginx lint typecheck
	$(PY) -m pytest

golden: $(STAMP)  # rewrite the golden parses of the sample corpus (review the diff!)
	for f in corpus/*.txt; do $(PY) -m indexer inspect $$f > tests/data/golden/$$(basename $${f%.txt}).json; done

bench: $(STAMP)
	$(PY) -m bench

LARGE := bench/results/large-corpus
LARGE_INDEX := bench/results/work/index-large
bench-large: $(STAMP)  # a national year: 20,000 reports, 240,000 sections (about an hour)
	[ -f $(LARGE)/synthetic_manifest.csv ] || $(PY) -m bench synth --reports 20000 --sections 240000 --out $(LARGE)
	[ -f $(LARGE_INDEX)/CURRENT ] || $(VENV)/bin/reindex --corpus $(LARGE) --index $(LARGE_INDEX) --procs 2 --quiet
	$(PY) -m bench queries --index $(LARGE_INDEX) --rounds 3 --no-profile
	$(PY) -m bench http --index $(LARGE_INDEX) --seconds 60 --requests 100000

clean:
	rm -rf $(VENV) instance .pytest_cache
