#!/usr/bin/env bash
# Installs isodocs and builds the bundled demo manual into examples/agency_demo/build/.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m pip install -q --disable-pip-version-check .
isodocs check examples/agency_demo
# --draft: the demo carries no approval records yet, so no revision of it is in force.
isodocs build --draft examples/agency_demo
