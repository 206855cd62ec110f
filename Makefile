# Kharita: `make run` serves the dashboard on the shipped data; `make test` runs the whole suite.
# Both set up what they need (virtualenv, packages, offline map assets, event store) and skip what is done.

PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMPS := .make
PORT   ?= 8501
DB     ?= data/kharita.db
STORE_INPUTS := $(shell find data/articles data/curated data/gazetteer data/actors.yaml geo timeline \
                  -type f -not -path '*/__pycache__/*' 2>/dev/null)

.PHONY: run test setup setup-test assets bytecode db browser proxy postgres lint bench slide clean

run: setup db
	$(BIN)/streamlit run dashboard/app.py --server.port $(PORT)

test: setup-test browser proxy postgres
	$(BIN)/python -m pytest -n 2 --dist loadgroup -q

setup: $(STAMPS)/install assets bytecode
setup-test: $(STAMPS)/install-test assets bytecode

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMPS)/install: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e .
	@mkdir -p $(STAMPS) && touch $@

$(STAMPS)/install-test: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	@mkdir -p $(STAMPS) && touch $@ $(STAMPS)/install

# Kharita's own modules compiled to bytecode, as an installed package's are: an editable install
# leaves that to the first import, which cannot write it where PYTHONDONTWRITEBYTECODE is set, so
# every build and worker compiled ~70 modules again (about 0.4 s of CPU per process). Up-to-date
# files are skipped; an edited module is compiled from source until the next make.
bytecode: | $(STAMPS)/install
	@$(BIN)/python -m compileall -q geo timeline control store kharita dashboard benchmarks >/dev/null

# Leaflet and friends from the npm registry, served by Streamlit so the map needs no CDN.
assets: $(STAMPS)/assets
$(STAMPS)/assets: dashboard/assets.py | $(VENV)/bin/python
	$(BIN)/python -m dashboard.assets install
	@mkdir -p $(STAMPS) && touch $@

db: $(DB)
$(DB): $(STORE_INPUTS) | $(STAMPS)/install
	$(BIN)/python -m timeline build --db $(DB)

# The browser tests drive Debian's Chromium; install it when missing (root, as in CI).
browser:
	@if [ -x /usr/bin/chromium ]; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
	  echo "Installing Debian's chromium for the browser tests..."; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else echo "Chromium missing: run 'sudo apt-get install chromium' (browser tests will be skipped)"; fi

# The reverse-proxy test (README "Sharing with a team") starts Debian's nginx; install it when
# missing (root, as in CI). Its service is not started: the test runs its own nginx.
proxy:
	@if command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
	  echo "Installing Debian's nginx-light for the reverse-proxy test..."; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
	    nginx-light >/dev/null; \
	else echo "nginx missing: run 'sudo apt-get install nginx-light' (the proxy test will be skipped)"; fi

# The store's tests also run on PostgreSQL with PostGIS (Debian's packages); install them when
# missing (root, as in CI). No service is started: the tests run their own throwaway server.
postgres:
	@if ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 && \
	    ls /usr/share/postgresql/*/extension/postgis.control >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
	  echo "Installing Debian's PostgreSQL and PostGIS for the store tests..."; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	    postgresql-15 postgresql-15-postgis-3 >/dev/null; \
	else echo "PostgreSQL/PostGIS missing: run 'sudo apt-get install postgresql-15 postgresql-15-postgis-3'" \
	  "(or KHARITA_SKIP_POSTGRES=1 to skip those tests)"; fi

lint: $(STAMPS)/install-test
	$(BIN)/ruff check .

# Today's briefing slide from the shipped data (see `python -m dashboard snapshot --help`).
slide: setup db browser
	$(BIN)/python -m dashboard snapshot --db $(DB) --out briefing.png

bench: setup-test
	$(BIN)/python -m benchmarks

clean:
	rm -rf $(STAMPS) $(DB) $(DB)-wal $(DB)-shm dashboard/static/vendor
