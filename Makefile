# Two entry points: `make demo` and `make test`. Both create .venv when missing, with the
# pip that `python -m venv` brings (not upgraded), as a user's fresh venv would have.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PIP ?= $(BIN)/python -m pip
# pip 23 (the one `python -m venv` brings with Python 3.11) warns "lxml ... does not provide
# the extra 'html_clean'" that justext asks for: lxml's metadata spells it `html-clean`, the
# same extra under PEP 685, and it is installed. The line is dropped; pip's status is kept.
PIP_NOISE := does not provide the extra 'html_clean'
SHELL := /bin/bash
.SHELLFLAGS := -o pipefail -c
pip_install = $(PIP) install --quiet $(1) 2>&1 | sed "/$(PIP_NOISE)/d"

.PHONY: demo test lint bench clean notebooks

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(call pip_install,-e .)
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(call pip_install,-e ".[dev]")
	touch $@ $(VENV)/.installed

$(VENV)/.installed-notebooks: pyproject.toml | $(BIN)/python
	$(call pip_install,-e ".[notebooks]")
	touch $@ $(VENV)/.installed

demo: $(VENV)/.installed
	$(BIN)/textkit demo --corpus corpora --out out

test: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/python -m pytest tests notebooks --nbmake -q

# JupyterLab on the notebooks/ folder (the `notebooks` extra: JupyterLab and a kernel).
notebooks: $(VENV)/.installed-notebooks
	$(BIN)/jupyter lab notebooks/

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) out build *.egg-info
