# Two commands on a fresh machine with Python 3.11: `make sample` and `make test` (see README).
UV ?= python3 -m uv
export UV_PYTHON_DOWNLOADS := never
export DBT_SEND_ANONYMOUS_USAGE_STATS := false
export DAGSTER_HOME := $(CURDIR)/.dagster_home

.PHONY: setup manifest sample test test-all bench dev

setup:
	@$(UV) --version >/dev/null 2>&1 || python3 -m pip install --quiet "uv==0.13.9"
	$(UV) sync --frozen
	@mkdir -p $(DAGSTER_HOME) && cp orchestration/dagster.yaml $(DAGSTER_HOME)/dagster.yaml

# dbt's manifest, prepared once (not in every Dagster step process).
manifest: setup
	cd dbt_project && $(UV) run dbt parse --quiet --profiles-dir .

# Run the nightly job end to end on the bundled sample site, then summarise the warehouse.
sample: manifest
	$(UV) run dagster job execute -m orchestration.definitions -j nightly
	$(UV) run python -m warehouse.summary

test: manifest
	$(UV) run pytest -m "not slow"

test-all: manifest
	$(UV) run pytest

dev: manifest
	$(UV) run dagster dev -w workspace.yaml

bench: manifest
	$(UV) run python -m tests.benchmark.run
