"""isodocs itself as the caches name it (isodocs.system.identity)."""

from __future__ import annotations

from pathlib import Path

from isodocs.system import identity


def tree(root: Path) -> Path:
    (root / "sub" / "__pycache__").mkdir(parents=True)
    (root / "a.py").write_text("a = 1\n")
    (root / "sub" / "b.j2").write_text("{{ b }}\n")
    (root / "sub" / "__pycache__" / "b.cpython-311.pyc").write_bytes(b"compiled")
    return root


def test_every_file_shipped_is_listed_but_compiled_bytecode(tmp_path):
    root = tree(tmp_path)
    assert identity._files(root) == [("a.py", str(root / "a.py")), ("sub/b.j2", str(root / "sub" / "b.j2"))]


def test_the_digest_changes_with_any_file_shipped_and_only_with_them(tmp_path, monkeypatch):
    root = tree(tmp_path)
    monkeypatch.setattr(identity, "_shipped", lambda: [root])
    first = identity.code_digest.__wrapped__()
    assert identity.code_digest.__wrapped__() == first
    (root / "sub" / "__pycache__" / "b.cpython-311.pyc").write_bytes(b"compiled again")
    assert identity.code_digest.__wrapped__() == first
    (root / "sub" / "b.j2").write_text("{{ b }} \n")
    assert identity.code_digest.__wrapped__() != first
