# Two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test lint bench-tagger clean

$(BIN)/timeline: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

node_modules/axe-core/axe.min.js: package.json
	npm install --no-audit --no-fund --silent
	touch $@

demo: $(BIN)/timeline
	$(BIN)/timeline extract content/articles
	$(BIN)/timeline check
	$(BIN)/timeline build
	@echo
	@echo "The site is in site/: open site/index.html in a browser,"
	@echo "or run '$(BIN)/timeline serve' and visit http://127.0.0.1:8000/"

test: $(BIN)/timeline node_modules/axe-core/axe.min.js
	$(BIN)/ruff check timeline tests bench
	$(BIN)/python -m pytest -n 2 -q

lint: $(BIN)/timeline
	$(BIN)/ruff check timeline tests bench
	$(BIN)/ruff format --check timeline tests bench

clean:
	rm -rf $(VENV) site .site-cache node_modules test-artifacts
