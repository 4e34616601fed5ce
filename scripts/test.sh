#!/usr/bin/env bash
# Runs the whole isodocs test suite on a fresh machine: installs what it needs first.
set -euo pipefail
cd "$(dirname "$0")/.."

# need WHAT CHECK PACKAGE...: install Debian packages (as root, with apt-get) unless CHECK passes.
need() {
  local what=$1 check=$2
  shift 2
  if ! bash -c "$check" >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "Installing $what (Debian packages) ..."
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
    else
      echo "$what is missing and cannot be installed here (needs root and apt-get)." >&2
    fi
  fi
}

# LibreOffice opens every produced DOCX in the round-trip tests; pdftotext (poppler-utils)
# reads the page headers of the PDFs it makes.
# python3-uno lets the redline tests have LibreOffice itself accept and reject every change.
need LibreOffice "command -v soffice && command -v pdftotext && /usr/bin/python3 -c 'import uno'" \
  libreoffice-writer-nogui fonts-liberation2 poppler-utils python3-uno
# Chromium (headless) opens the HTML of `isodocs diff` and takes a screenshot the tests look at.
need Chromium "command -v chromium" chromium
# pandoc, a second reader of the DOCX isodocs writes (its own OOXML reader, in Haskell), and the
# peer that benchmarks/bench_pandoc.py times rendering against.
need pandoc "command -v pandoc" pandoc

# A real (non-editable) install: proves the wheel carries its templates and schemas.
python3 -m pip install -q --disable-pip-version-check '.[test]'

export ISODOCS_REQUIRE_SOFFICE="${ISODOCS_REQUIRE_SOFFICE:-1}"
export ISODOCS_REQUIRE_CHROMIUM="${ISODOCS_REQUIRE_CHROMIUM:-1}"
export ISODOCS_REQUIRE_PANDOC="${ISODOCS_REQUIRE_PANDOC:-1}"
python3 -m pytest -q "$@"

# The installed command, run away from the source tree, on the bundled demo: its official
# build (approved content from Git), verified against the repository it came from.
demo="$PWD/examples/agency_demo"
out=$(mktemp -d)
(cd "$out" && isodocs check "$demo" >/dev/null && isodocs build "$demo" -o "$out/build" >/dev/null \
  && isodocs verify "$out/build/manual.docx" "$demo" >/dev/null)
test -s "$out/build/manual.docx"
echo "installed isodocs: check, official build and verify of examples/agency_demo passed"
