#!/usr/bin/env bash
# Runs the whole isodocs test suite on a fresh machine: installs what it needs first.
#
#   bash scripts/test.sh [--deps newest|lowest|both] [pytest arguments...]
#
# The suite runs against isodocs installed (as a wheel, not the source tree) in a project-local
# virtual environment, once with the newest versions of every dependency the package index
# serves (.venv) and once with the lowest versions pyproject.toml allows (.venv-lowest), so
# that both ends of every bound are true. --deps picks one (default: both).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/venv.sh

deps=both
if [ "${1:-}" = "--deps" ]; then
  deps=$2
  shift 2
fi
case "$deps" in newest | lowest | both) ;; *) echo "--deps takes newest, lowest or both" >&2; exit 2 ;; esac

# LibreOffice prints produced DOCX to PDF in the round-trip tests; pdftotext and pdftoppm
# (poppler-utils) read the text and the colours of the pages it makes.
# python3-uno lets the redline tests have LibreOffice itself accept and reject every change.
need LibreOffice "command -v soffice && command -v pdftotext && command -v pdftoppm && /usr/bin/python3 -c 'import uno'" \
  libreoffice-writer-nogui fonts-liberation2 poppler-utils python3-uno
# Chromium (headless) opens the HTML of `isodocs diff`; the tests read the page through its DevTools.
need Chromium "command -v chromium" chromium
# pandoc, a second reader of the DOCX isodocs writes (its own OOXML reader, in Haskell), and the
# peer that benchmarks/bench_pandoc.py times rendering against.
need pandoc "command -v pandoc" pandoc

python=$(python_for_isodocs)
echo "Python: $python ($("$python" --version 2>&1))"

# the default Python's environments are .venv and .venv-lowest; another Python's get its version
suffix=""
if [ -n "${ISODOCS_PYTHON:-}" ]; then
  suffix="-$("$python" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
fi

# uv resolves the two sets of versions (--resolution lowest-direct: each direct dependency at
# the lowest version its bound allows); it lives in an environment of its own.
make_venv ".venv-tools$suffix" "$python"
tools=$(venv_bin ".venv-tools$suffix")
"$tools/python" -m pip install -q --disable-pip-version-check --upgrade uv

export ISODOCS_REQUIRE_SOFFICE="${ISODOCS_REQUIRE_SOFFICE:-1}"
export ISODOCS_REQUIRE_CHROMIUM="${ISODOCS_REQUIRE_CHROMIUM:-1}"
export ISODOCS_REQUIRE_PANDOC="${ISODOCS_REQUIRE_PANDOC:-1}"

run_suite() {
  local mode=$1 venv bin pins
  shift
  if [ "$mode" = newest ]; then venv=".venv$suffix"; else venv=".venv-lowest$suffix"; fi
  make_venv "$venv" "$python"
  bin="$PWD/$(venv_bin "$venv")"
  pins="$venv/isodocs-pins.txt"
  echo "== $mode versions of the dependencies, in $venv"
  "$tools/uv" pip compile -q --upgrade --resolution "$([ "$mode" = newest ] && echo highest || echo lowest-direct)" \
    --python "$bin/python" --extra test pyproject.toml -o "$pins"
  "$tools/uv" pip sync -q --python "$bin/python" "$pins"
  # a real (non-editable) install: proves the wheel carries its templates and schemas
  "$tools/uv" pip install -q --python "$bin/python" --no-deps --reinstall-package isodocs .
  grep -E '^(click|jsonschema|lxml|markdown-it-py|pygit2|python-docx|pyyaml|jinja2|platformdirs)==' "$pins" \
    | tr '\n' ' '
  echo
  # pytest's own command, not `python -m pytest`, so that `import isodocs` finds the installed
  # wheel rather than the source tree
  "$bin/pytest" -q -p no:cacheprovider "$@"

  # The installed command, run away from the source tree, on the bundled demo: its official
  # build (approved content from Git), verified against the repository it came from.
  local demo="$PWD/examples/agency_demo" out
  out=$(mktemp -d)
  (cd "$out" && "$bin/isodocs" check -C "$demo" >/dev/null && "$bin/isodocs" build -C "$demo" -o "$out/build" >/dev/null \
    && "$bin/isodocs" verify "$out/build/manual.docx" -C "$demo" >/dev/null)
  test -s "$out/build/manual.docx"
  rm -rf "$out"
  echo "installed isodocs ($mode versions): check, official build and verify of examples/agency_demo passed"
}

if [ "$deps" != lowest ]; then run_suite newest "$@"; fi
if [ "$deps" != newest ]; then run_suite lowest "$@"; fi
