"""The distribution carries every part of isodocs: each module of the package, the templates, the
JSON Schemas and the compiled message catalogues, byte for byte as in this tree, and the
`isodocs` command.

The distribution looked at is the real one: when isodocs is installed from a wheel (as
scripts/test.sh installs it), the files the installed distribution records; otherwise (an
editable install while developing) a wheel built from this tree with pip.
"""

from __future__ import annotations

import importlib.metadata
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Callable

import pytest

from support.paths import ROOT

Reader = Callable[[str], bytes]


def expected() -> dict[str, Path]:
    """Each file the distribution must hold (its path there) -> the file in this tree."""
    package = ROOT / "isodocs"
    # every file of the package (modules, the rules' examples...), but the .po sources of the .mo files
    files = {f"isodocs/{p.relative_to(package).as_posix()}": p for p in package.rglob("*")
             if p.is_file() and "__pycache__" not in p.parts and p.suffix not in (".pyc", ".po")}
    for folder in ("templates", "schemas"):  # with their subfolders (templates/init, templates/new)
        files |= {f"isodocs/{folder}/{p.relative_to(ROOT / folder).as_posix()}": p
                  for p in (ROOT / folder).rglob("*") if p.is_file()}
    for po in package.glob("i18n/locale/*/LC_MESSAGES/*.po"):
        mo = po.with_suffix(".mo")
        files[f"isodocs/{mo.relative_to(package).as_posix()}"] = mo
    return files


def installed_from_a_wheel() -> importlib.metadata.Distribution | None:
    """The installed distribution the tests import isodocs from, or None when they import this
    tree itself (an editable install, or `python -m pytest` run here)."""
    import isodocs

    imported = Path(isodocs.__file__).resolve()
    if ROOT in imported.parents:
        return None
    for dist in importlib.metadata.distributions(name="isodocs"):
        if any(f.as_posix() == "isodocs/__init__.py" and Path(f.locate()).resolve() == imported
               for f in dist.files or ()):
            return dist
    pytest.fail(f"isodocs is imported from {imported}, which no installed distribution records")


def built_wheel(folder: Path) -> Path:
    """A wheel built by pip from a copy of this tree (building in place would leave build/ and
    *.egg-info/ behind in it)."""
    source = folder / "source"
    for name in ("pyproject.toml", "README.md"):
        source.mkdir(exist_ok=True)
        shutil.copy2(ROOT / name, source / name)
    for name in ("isodocs", "templates", "schemas"):
        shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
    result = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(folder / "dist"),
                             str(source)], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    (wheel,) = (folder / "dist").glob("isodocs-*.whl")
    return wheel


@pytest.fixture(scope="module")
def distribution(tmp_path_factory) -> tuple[set[str], Reader, dict[str, list[str]]]:
    """(the package's files in the distribution, a reader of one, its console scripts)."""
    dist = installed_from_a_wheel()
    if dist is not None:
        files = {f.as_posix(): f for f in dist.files or () if f.as_posix().startswith("isodocs/")}
        names = {name for name in files if "__pycache__" not in name}
        scripts = {e.name: [e.value] for e in dist.entry_points if e.group == "console_scripts"}
        scripts["version"] = [dist.version]
        return names, lambda name: files[name].locate().read_bytes(), scripts
    wheel = zipfile.ZipFile(built_wheel(tmp_path_factory.mktemp("wheel")))
    names = {name for name in wheel.namelist() if name.startswith("isodocs/")}
    (entry_points,) = [n for n in wheel.namelist() if n.endswith(".dist-info/entry_points.txt")]
    text = wheel.read(entry_points).decode("utf-8")
    scripts = {"isodocs": [line.split("=", 1)[1].strip() for line in text.splitlines() if line.startswith("isodocs")]}
    metadata = wheel.read(next(n for n in wheel.namelist() if n.endswith(".dist-info/METADATA"))).decode("utf-8")
    scripts["version"] = [line.split(":", 1)[1].strip() for line in metadata.splitlines() if line.startswith("Version:")]
    return names, wheel.read, scripts


def test_the_distribution_holds_every_module_template_schema_and_catalogue(distribution):
    names, _, _ = distribution
    wanted = expected()
    assert {n for n in wanted if n.endswith(".mo")} >= {"isodocs/i18n/locale/vi/LC_MESSAGES/isodocs.mo",
                                                         "isodocs/i18n/locale/en/LC_MESSAGES/isodocs.mo",
                                                         "isodocs/i18n/locale/vi/LC_MESSAGES/click.mo"}
    assert {"isodocs/templates/reference.docx", "isodocs/templates/init/isodocs.yaml.j2",
            "isodocs/schemas/document.schema.json"} <= set(wanted)
    missing = sorted(set(wanted) - names)
    assert not missing, f"not in the distribution: {missing}"
    assert not sorted(names - set(wanted)), "in the distribution but not in this tree"


def test_each_file_is_the_one_in_this_tree(distribution):
    names, read, _ = distribution
    stale = [name for name, path in sorted(expected().items()) if name in names and read(name) != path.read_bytes()]
    assert not stale, f"differ from this tree (an old install?): {stale}"


def test_the_isodocs_command_is_installed(distribution):
    _, _, scripts = distribution
    assert scripts.get("isodocs") == ["isodocs.cli:program"]


def test_the_release_is_the_one_isodocs_says(distribution):
    """pyproject.toml takes the release from isodocs.__version__, which isodocs reads without
    reading its own metadata."""
    import isodocs

    _, _, scripts = distribution
    assert scripts["version"] == [isodocs.__version__]
