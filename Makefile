# The two commands of the README:
#   make dashboard   set up everything, then open the dashboard on the seed corpus
#   make test        set up everything, then run every check
VENV ?= .venv
PYTHON ?= python3
PY := $(VENV)/bin/python
PORT ?= 8501

.PHONY: setup system dashboard test bench

$(VENV)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements.txt
	touch $@

system:
	./scripts/install-system-deps

setup: $(VENV)/.installed system

dashboard: setup
	$(VENV)/bin/streamlit run dashboard/app.py --server.port $(PORT)

test: setup
	$(PY) -m pytest

bench: setup
	$(PY) bench/build_bench.py
	$(PY) bench/dashboard_bench.py --corpus seeds --corpus ../shared/data/saudinewsnet
	$(PY) bench/briefing_bench.py
	$(PY) bench/import_bench.py
