# itadesk developer commands. `make run` sets up and starts the program on the demo office;
# `make test` sets up and runs the tests. Both work on a fresh machine with Python 3.11.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run test bench lint translations dist clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP) translations

translations: $(STAMP)
	@for ts in translations/*.ts; do \
	  [ -e "$$ts" ] || continue; \
	  $(BIN)/pyside6-lrelease -silent "$$ts" -qm "$${ts%.ts}.qm"; \
	done

run: setup
	$(BIN)/itadesk

test: setup
	QT_QPA_PLATFORM=offscreen PYTHONPATH= $(BIN)/python -m pytest

bench: setup
	@for b in bench/*.py; do echo "== $$b"; $(BIN)/python $$b --quick || exit 1; done

# the wheel and sdist (offline: the build backend of the dev environment, no isolation)
dist: setup
	$(BIN)/python -c "from setuptools import build_meta as b; d = 'dist'; print(b.build_sdist(d)); print(b.build_wheel(d))"

lint: setup
	$(BIN)/ruff check src tests bench

clean:
	rm -rf $(VENV) build dist out translations/*.qm
