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

.PHONY: help install system-deps generate check-generated lint-spec lint typecheck pytest test mock demo bench clean dist docs

help:
	@echo "make test      install everything, check generated code, lint, run all tests"
	@echo "make demo      run examples/demo.py against the fake (MOCK=prism: Prism; FR_ACCESS_KEY/FR_SECRET_KEY: live)"
	@echo "make generate  regenerate $(GENERATED) from $(SPEC)"
	@echo "make mock      serve $(SPEC) with Prism on 127.0.0.1:$(MOCK_PORT)"
	@echo "make lint-spec validate and lint the spec"
	@echo "make bench     benchmarks against raw httpx"
	@echo "make dist      build the sdist and wheel into dist/ and prove each installs and works in a new venv"
	@echo "make docs      build the documentation site into site/ (warnings are errors)"

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

# Debian packages the tests start themselves: redis-server for shared state between processes,
# tmux to see the CLI as a person does, chromium to load the documentation site as a reader would.
SYSTEM_TOOLS := redis-server tmux chromium
system-deps:
	@missing=""; for tool in $(SYSTEM_TOOLS); do command -v $$tool >/dev/null || test -x /usr/bin/$$tool || missing="$$missing $$tool"; done; \
	if [ -n "$$missing" ]; then \
		SUDO=$$(test "$$(id -u)" = 0 || echo sudo); \
		echo "installing Debian packages:$$missing"; \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

install: $(VENV)/.installed node_modules/.installed system-deps

# --- generated client -----------------------------------------------------------
# The generator reads the spec with only the request media type the SDK sends (devtools/generator_spec.py).
generate: $(VENV)/.installed
	rm -rf $(GENERATED)
	tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(BIN)/python -m devtools.generator_spec $(SPEC) "$$tmp/flowroute.json" && \
	openapi-python-client generate --path "$$tmp/flowroute.json" --config openapi-python-client.yaml \
		--custom-template-path templates --meta none --output-path $(GENERATED) > /dev/null
	# The operation layer below replaces the generator's endpoint functions and HTTP client.
	rm -rf $(GENERATED)/api $(GENERATED)/client.py $(GENERATED)/errors.py
	python -m devtools.codegen $(SPEC) $(GENERATED)
	ruff check --isolated --no-cache --select F401,I --fix-only --quiet $(GENERATED)/operations
	ruff format --isolated --no-cache --quiet $(GENERATED)/operations
	touch $(GENERATED)/py.typed
	@# A JSON copy of the spec ships in the wheel; flowroute.testing routes requests by it.
	$(BIN)/python -c 'import json, sys, yaml; json.dump(yaml.safe_load(open(sys.argv[1], encoding="utf-8")), \
		open(sys.argv[2], "w", encoding="utf-8"), separators=(",", ":"), ensure_ascii=False)' $(SPEC) $(GENERATED)/openapi.json
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

test: install check-generated lint-spec lint typecheck pytest dist docs

# --- release artefacts and documentation ---------------------------------------------
# python -m build, twine check, file lists, then a new venv per artefact (devtools/check_dist.py).
dist: $(VENV)/.installed
	$(BIN)/python -m devtools.check_dist

# MkDocs + Material + mkdocstrings (mkdocs.yml); --strict makes a broken link or reference fail the build.
# Then Chromium loads a few pages and checks what renders (devtools/check_site.py).
docs: $(VENV)/.installed system-deps
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet --site-dir site
	$(BIN)/python -m devtools.check_site site

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

# Live API when both credentials are set; otherwise the fake (flowroute.testing) served over HTTP,
# which needs no Node and keeps state, or Prism with MOCK=prism.
MOCK ?= fake
demo: $(VENV)/.installed
	@if [ -n "$${FR_ACCESS_KEY:-}" ] && [ -n "$${FR_SECRET_KEY:-}" ]; then \
		$(BIN)/python examples/demo.py $(DEMO_ARGS); \
	elif [ "$(MOCK)" = prism ]; then \
		$(MAKE) --no-print-directory node_modules/.installed; \
		$(BIN)/python -m devtools.with_prism -- $(BIN)/python examples/demo.py $(DEMO_ARGS); \
	else \
		$(BIN)/python -m flowroute.testing run -- $(BIN)/python examples/demo.py $(DEMO_ARGS); \
	fi

clean:
	rm -rf $(VENV) node_modules .pytest_cache .mypy_cache .ruff_cache .hypothesis dist site
