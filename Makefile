# Hartslag: the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export HARTSLAG_DATABASE_URL ?= sqlite:///./hartslag.db
PORT ?= 8000
PARTNER_PORT ?= 8001
PARTNER_DB ?= sqlite:///./hartslag-partner.db
# Run the database tests on PostgreSQL too when one answers on this machine.
ifeq ($(HARTSLAG_TEST_POSTGRES_URL),)
ifeq ($(shell pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null && echo yes),yes)
export HARTSLAG_TEST_POSTGRES_URL := postgresql+psycopg://postgres@127.0.0.1:5432/postgres
endif
endif

.PHONY: run run-partner test check install bench bench-load bench-analysis bench-web assets messages openapi clean

$(BIN)/hartslag: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@

install: $(BIN)/hartslag

## Run Hartslag with demo data on SQLite at http://127.0.0.1:8000
run: install
	HARTSLAG_DEMO=true $(BIN)/hartslag demo load --url http://127.0.0.1:$(PORT)
	HARTSLAG_DEMO=true $(BIN)/hartslag serve --host 127.0.0.1 --port $(PORT)

## A second organisation (Gemeente Amsterdam) on its own installation at port 8001 that
## receives the demo's signals (docs/uitwisseling.md): after `make run`, in a second terminal
run-partner: install
	HARTSLAG_DEMO=true $(BIN)/hartslag exchange demo-partner --partner-database $(PARTNER_DB) --partner-url http://127.0.0.1:$(PARTNER_PORT)
	HARTSLAG_DEMO=true HARTSLAG_DATABASE_URL=$(PARTNER_DB) $(BIN)/hartslag serve --host 127.0.0.1 --port $(PARTNER_PORT)

## Run the test suite (SQLite; PostgreSQL too when HARTSLAG_TEST_POSTGRES_URL is set)
test: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(BIN)/pytest -n 2 -p no:cacheprovider

bench: install
	$(BIN)/python benchmarks/intake.py

## Load benchmark: intake at 100/250/500 requests/s vs a minimal FastAPI baseline
bench-load: install
	$(BIN)/pip install --quiet -e ".[dev,load]"
	$(BIN)/python benchmarks/load.py

## Analysis benchmark: patterns, classification, early warning, repeat contacts, scale
bench-analysis: install
	$(BIN)/pip install --quiet -e ".[dev,bench]"
	$(BIN)/python benchmarks/analysis.py

## Web benchmark: every page on the full demo data next to the API calls for the same data
bench-web: install
	$(BIN)/python benchmarks/web.py

## Front-end assets (NL Design System CSS, Swagger UI) from npm at the versions pinned in
## src/hartslag/adapters/web/static/vendor/assets.json; needs Node.js and npm, `make run` does not
assets: install
	$(BIN)/python scripts/vendor_assets.py

## Extract the pages' messages and update the nl/en catalogues (then translate nl)
messages: install
	$(BIN)/python scripts/messages.py

## Regenerate the committed OpenAPI document (docs/openapi.json) after an API change
openapi: install
	$(BIN)/python scripts/openapi.py

clean:
	rm -rf $(VENV) hartslag.db hartslag.db-wal hartslag.db-shm demo-grondwaarheid.json
