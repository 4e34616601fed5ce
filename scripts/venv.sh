# Sourced by demo.sh and test.sh: a project-local virtual environment, made once and reused, so
# that nothing is installed into the system's Python (Debian and Ubuntu refuse that: PEP 668).
#
#   python_for_isodocs            the first Python 3.11 or newer: $ISODOCS_PYTHON, python3, python3.13 ...
#   make_venv DIR PYTHON          DIR as a working virtual environment of PYTHON (made, or reused)
#   venv_bin DIR                  DIR's folder of programs (bin/, or Scripts/ on Windows)
#   need WHAT CHECK PACKAGE...    Debian packages, installed (as root, with apt-get) unless CHECK passes

# shellcheck shell=bash

python_for_isodocs() {
  local candidate
  for candidate in ${ISODOCS_PYTHON:-} python3 python3.14 python3.13 python3.12 python3.11 python; do
    if command -v "$candidate" >/dev/null 2>&1 \
      && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1; then
      command -v "$candidate"
      return 0
    fi
  done
  echo "isodocs needs Python 3.11 or newer; none was found (set ISODOCS_PYTHON to one)." >&2
  return 1
}

need() {
  local what=$1 check=$2
  shift 2
  if ! bash -c "$check" >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "Installing $what (Debian packages) ..."
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
    else
      echo "$what is missing and cannot be installed here (needs root and apt-get): $*" >&2
    fi
  fi
}

venv_bin() {
  if [ -d "$1/Scripts" ]; then echo "$1/Scripts"; else echo "$1/bin"; fi
}

# A venv is reused when its Python still runs and is the same version as PYTHON.
_venv_works() {
  local dir=$1 python=$2 bin
  bin=$(venv_bin "$dir")
  [ -x "$bin/python" ] || return 1
  [ "$("$bin/python" -c 'import sys; print(sys.version)' 2>/dev/null)" = \
    "$("$python" -c 'import sys; print(sys.version)')" ] || return 1
  "$bin/python" -m pip --version >/dev/null 2>&1
}

make_venv() {
  local dir=$1 python=$2 version
  if _venv_works "$dir" "$python"; then
    return 0
  fi
  rm -rf "$dir"
  if ! "$python" -m venv "$dir" >/dev/null 2>&1; then
    # Debian and Ubuntu ship venv's pip apart, in python3-venv (or python3.X-venv)
    rm -rf "$dir"
    version=$("$python" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
    need "venv for Python $version" "'$python' -c 'import ensurepip'" "python$version-venv"
    "$python" -m venv "$dir" || {
      echo "Cannot make a virtual environment with $python: install python$version-venv (sudo apt install python$version-venv)." >&2
      return 1
    }
  fi
  "$(venv_bin "$dir")/python" -m pip install -q --disable-pip-version-check --upgrade pip
}
