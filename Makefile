# The two commands a new user types: `make run` and `make test`. Everything else is here for them.
SHELL := /bin/bash
PY := .venv/bin/python
CRISIS := .venv/bin/crisis
export QT_QPA_PLATFORM := offscreen

.PHONY: run test stop setup setup-test migrate demo lint bench bench-ows bench-feeds bench-contacts bench-web plugin clean-var

run: setup
	@$(CRISIS) migrate
	@if [ -z "$$DATABASE_URL" ] || [ "$$DEMO" = 1 ]; then $(CRISIS) demo; fi
	@$(CRISIS) build-project
	@$(CRISIS) start

setup:
	@scripts/setup.sh run

setup-test:
	@scripts/setup.sh test

migrate: setup
	@$(CRISIS) migrate

# The whole run goes to two workers, each suite whole to one of them (tests/worker_groups.py); what is asked by name
# runs in one process, as pytest alone would.
WORKERS = -n 2 --dist loadgroup

# `make test PYTEST_ARGS="tests/api -k login"` runs only what is asked: the plugin suite (a QGIS desktop process
# of its own) only when tests/plugin is named or nothing is.
test: setup-test
	@$(CRISIS) migrate
	@# A hang inside Qt/QGIS can hold the GIL (pytest-timeout cannot fire): an outer limit ends it.
	@case "$(PYTEST_ARGS)" in \
	    *tests/plugin*) scripts/run-plugin-tests.sh $(PYTEST_ARGS) ;; \
	    *tests/*) timeout -k 15 1500 $(PY) -m pytest --ignore=tests/plugin $(PYTEST_ARGS) ;; \
	    *) timeout -k 15 1500 $(PY) -m pytest --ignore=tests/plugin $(WORKERS) $(PYTEST_ARGS) && \
	       scripts/run-plugin-tests.sh $(PYTEST_ARGS) ;; \
	esac

lint: setup-test
	@$(PY) -m ruff check server_services qgis_plugin tests bench styles scripts
	@$(PY) -m ruff format --check server_services qgis_plugin tests bench styles scripts
	@# The domain layer's types (setup.cfg [mypy]: server_services/store)
	@$(PY) -m mypy

stop:
	@if [ -x $(CRISIS) ]; then $(CRISIS) stop || true; fi
	@scripts/stop-cluster.sh

bench: bench-ows bench-feeds bench-contacts bench-web

bench-ows: setup-test
	@$(CRISIS) migrate
	@$(PY) bench/bench_ows.py

bench-feeds: setup-test
	@$(CRISIS) migrate
	@$(PY) bench/bench_feeds.py

bench-contacts: setup-test
	@$(CRISIS) migrate
	@$(PY) bench/bench_contacts.py

bench-web: setup-test
	@$(CRISIS) migrate
	@$(PY) bench/bench_web.py

plugin: setup
	@$(PY) scripts/build_plugin.py
