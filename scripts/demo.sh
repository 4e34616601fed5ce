#!/usr/bin/env bash
# Installs isodocs and builds the bundled demo manual into examples/agency_demo/build/.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m pip install -q --disable-pip-version-check .
isodocs check examples/agency_demo
# The official manual: each document's revision in force, read from its approved commit.
isodocs build examples/agency_demo
isodocs status examples/agency_demo
