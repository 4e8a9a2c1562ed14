# The two commands of the README:
#   make dashboard   set up everything, then open the dashboard on the seed corpus
#   make test        set up everything, then run every check (ruff format and lint, mypy, all tests)
# Also: make test-fast (unit and AppTest tests, no Chromium), make lint, make bench.
VENV ?= .venv
# The interpreter .venv is made from (`make PYTHON=/usr/bin/python3.11` for Debian's optimised build: the 31k build
# 12 % faster but 50 MB over the 1.5 GB target, bench/HISTORY.md 2026-12-06).
PYTHON ?= python3
PY := $(VENV)/bin/python
PORT ?= 8501
# pytest-xdist workers for make test and make test-fast (one per core; `make test WORKERS=0` runs serially).
# tests/conftest.py splits tests/browser in two units, each on one worker with its own streamlit server and Chromium.
WORKERS ?= auto

.PHONY: setup system dashboard test test-fast lint bench

# requirements.lock (scripts/lock-requirements, from requirements.txt): every package at an exact
# version, checked against its hashes, so every machine gets the same environment.
$(VENV)/.installed: requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q --require-hashes -r requirements.lock
	@# the package itself, editable (its build backend's notices are noise; a failure is shown)
	$(PY) -m pip install -q --no-deps -e . 2>/dev/null || $(PY) -m pip install --no-deps -e .
	touch $@

system:
	./scripts/install-system-deps

setup: $(VENV)/.installed system

# The sign-in tests' OpenID Connect provider (panva/oidc-provider, exact versions from its lock file).
tests/oidc/node_modules/.installed: tests/oidc/package.json tests/oidc/package-lock.json
	npm ci --prefix tests/oidc --no-audit --no-fund --loglevel=error
	touch $@

dashboard: setup
	$(VENV)/bin/streamlit run dashboard/app.py --server.port $(PORT)

lint: $(VENV)/.installed
	$(PY) -m ruff format --check analysis dashboard tests bench dev
	$(PY) -m ruff check analysis dashboard tests bench dev
	$(PY) -m mypy

test: setup lint tests/oidc/node_modules/.installed
	$(PY) -m pytest -n $(WORKERS) --durations=0 --durations-min=5

test-fast: $(VENV)/.installed
	$(PY) -m pytest -n $(WORKERS) -m "not slow and not browser"

bench: setup
	$(PY) bench/build_bench.py
	$(PY) bench/dashboard_bench.py --corpus seeds --corpus ../shared/data/saudinewsnet
	$(PY) bench/briefing_bench.py
	$(PY) bench/import_bench.py
	$(PY) bench/discover_bench.py
