#!/usr/bin/env bash
# Installs isodocs into .venv (a project-local virtual environment, made once and reused) and
# builds the bundled demo manual into examples/agency_demo/build/.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/venv.sh

python=$(python_for_isodocs)
make_venv .venv "$python"
bin=$(venv_bin .venv)
"$bin/python" -m pip install -q --disable-pip-version-check .

"$bin/isodocs" check -C examples/agency_demo
# The official manual: each document's revision in force, read from its approved commit.
"$bin/isodocs" build -C examples/agency_demo
"$bin/isodocs" status -C examples/agency_demo
echo "isodocs is installed in .venv: run it as .venv/bin/isodocs, or after 'source .venv/bin/activate' as isodocs."
