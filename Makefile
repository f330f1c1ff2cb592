# Everything a newcomer or CI needs: `make test` and `make demo` install their own tools.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
NODE_BIN := $(CURDIR)/node_modules/.bin
export PATH := $(BIN):$(NODE_BIN):$(PATH)

SPEC := spec/flowroute.yaml
GENERATED := generated/flowroute_api
API_DOC := docs/API.md
MOCK_PORT ?= 4010
LINT_DIRS := $(wildcard wrapper tests bench examples devtools)

.PHONY: help install system-deps generate check-generated lint-spec lint typecheck pytest test mock demo bench clean

help:
	@echo "make test      install everything, check generated code, lint, run all tests"
	@echo "make demo      run examples/demo.py (Prism mock unless FR_ACCESS_KEY/FR_SECRET_KEY are set)"
	@echo "make generate  regenerate $(GENERATED) from $(SPEC)"
	@echo "make mock      serve $(SPEC) with Prism on 127.0.0.1:$(MOCK_PORT)"
	@echo "make lint-spec validate and lint the spec"
	@echo "make bench     benchmarks against raw httpx"

# --- installation (stamp files keep repeat runs fast) -------------------------
$(VENV)/.installed: requirements-dev.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Debian packages the tests start themselves (redis-server for shared state between processes).
SYSTEM_TOOLS := redis-server
system-deps:
	@missing=""; for tool in $(SYSTEM_TOOLS); do command -v $$tool >/dev/null || test -x /usr/bin/$$tool || missing="$$missing $$tool"; done; \
	if [ -n "$$missing" ]; then \
		SUDO=$$(test "$$(id -u)" = 0 || echo sudo); \
		echo "installing Debian packages:$$missing"; \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

install: $(VENV)/.installed node_modules/.installed system-deps

# --- generated client -----------------------------------------------------------
generate: $(VENV)/.installed
	rm -rf $(GENERATED)
	openapi-python-client generate --path $(SPEC) --config openapi-python-client.yaml \
		--custom-template-path templates --meta none --output-path $(GENERATED) > /dev/null
	# The operation layer below replaces the generator's endpoint functions and HTTP client.
	rm -rf $(GENERATED)/api $(GENERATED)/client.py $(GENERATED)/errors.py
	python -m devtools.codegen $(SPEC) $(GENERATED)
	ruff check --isolated --no-cache --select F401,I --fix-only --quiet $(GENERATED)/operations
	ruff format --isolated --no-cache --quiet $(GENERATED)/operations
	touch $(GENERATED)/py.typed
	python -m devtools.reference --output $(API_DOC)

# Fails when the committed generated/ is not exactly what the spec produces.
check-generated: generate
	@drift=$$(git status --porcelain -- generated docs/API.md); \
	if [ -n "$$drift" ]; then \
		echo "generated/ differs from what $(SPEC) produces; run 'make generate' and commit:"; \
		echo "$$drift"; git --no-pager diff --stat -- generated; exit 1; \
	fi

# --- linting ------------------------------------------------------------------------
lint-spec: install
	openapi-spec-validator $(SPEC)
	spectral lint --fail-severity=warn --ruleset .spectral.yaml $(SPEC)

lint: $(VENV)/.installed
	ruff check $(LINT_DIRS)
	ruff format --check $(LINT_DIRS)

typecheck: $(VENV)/.installed
	mypy --strict $(GENERATED)
	mypy wrapper tests devtools examples
	# Every public name fully typed as pyright sees it (what IDEs show users).
	pyright --verifytypes flowroute --ignoreexternal | grep 'completeness score: 100%'
	pyright --verifytypes flowroutenumbersandmessaging --ignoreexternal | grep 'completeness score: 100%'

# --- tests ----------------------------------------------------------------------------
pytest: install
	pytest

test: install check-generated lint-spec lint typecheck pytest

mock: install
	exec prism mock --host 127.0.0.1 --port $(MOCK_PORT) --errors $(SPEC)

# nginx serves canned bodies on a free loopback port; the run starts and stops it itself.
bench: $(VENV)/.installed
	@command -v nginx >/dev/null || test -x /usr/sbin/nginx || { \
		SUDO=$$(test "$$(id -u)" = 0 || echo sudo); \
		$$SUDO apt-get install -y nginx-light || { $$SUDO apt-get update && $$SUDO apt-get install -y nginx-light; } \
			|| $$SUDO apt-get install -y nginx; }
	$(BIN)/python -m pip install --quiet -r bench/requirements.txt
	$(BIN)/python -m bench $(BENCH_ARGS)

# Live API when both credentials are set, otherwise a Prism mock started for the run.
demo: install
	@if [ -n "$${FR_ACCESS_KEY:-}" ] && [ -n "$${FR_SECRET_KEY:-}" ]; then \
		$(BIN)/python examples/demo.py $(DEMO_ARGS); \
	else \
		$(BIN)/python -m devtools.with_prism -- $(BIN)/python examples/demo.py $(DEMO_ARGS); \
	fi

clean:
	rm -rf $(VENV) node_modules .pytest_cache .mypy_cache .ruff_cache .hypothesis
