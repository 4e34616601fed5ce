"""How the DOCX writer is put together (isodocs/render/docx/): each concern its own module, no
module reaching into another's private names, and python-docx and lxml, the only code that
touches raw OOXML, used nowhere else in isodocs but load/reference.py: the guarded reading of a
repository's reference.docx, below the checks so that `isodocs check` judges it (F111)."""

from __future__ import annotations

import ast
from pathlib import Path

import isodocs

PACKAGE = Path(isodocs.__file__).resolve().parent


def modules(folder: Path):
    for path in sorted(folder.rglob("*.py")):
        yield path.relative_to(PACKAGE).as_posix(), ast.parse(path.read_text(encoding="utf-8"))


def test_no_renderer_uses_another_s_private_names():
    found = []
    for name, tree in modules(PACKAGE / "render"):
        imported = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("isodocs"):
                found += [f"{name}: {node.module}.{a.name}" for a in node.names
                          if a.name.startswith("_") and not a.name.startswith("__")]
                imported |= {a.asname or a.name for a in node.names}
            elif isinstance(node, ast.Import):
                imported |= {a.asname or a.name.split(".")[0] for a in node.names if a.name.startswith("isodocs")}
        for node in ast.walk(tree):
            if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in imported
                    and node.attr.startswith("_") and not node.attr.startswith("__")):
                found.append(f"{name}:{node.lineno}: {node.value.id}.{node.attr}")
    assert found == []


def test_only_the_docx_writer_touches_raw_ooxml():
    found = []
    for name, tree in modules(PACKAGE):
        for node in ast.walk(tree):
            roots = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module] if isinstance(node, ast.ImportFrom) and node.module and not node.level else [])
            found += [f"{name}: {root}" for root in roots if root.split(".")[0] in ("docx", "lxml")
                      and not name.startswith("render/docx/") and name != "load/reference.py"]
    assert found == []
