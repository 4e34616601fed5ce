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
    first = identity._code_digest()
    assert identity._code_digest() == first
    (root / "sub" / "__pycache__" / "b.cpython-311.pyc").write_bytes(b"compiled again")
    assert identity._code_digest() == first
    (root / "sub" / "b.j2").write_text("{{ b }} \n")
    assert identity._code_digest() != first


class Memo(dict):
    """A cache as identity.remember_in takes it."""

    saved = 0

    def put(self, key, value):
        self[key] = value

    def save(self):
        self.saved += 1


def test_the_digest_is_remembered_by_the_times_of_what_it_is_made_of(tmp_path, monkeypatch):
    """A command reads isodocs' files and its libraries' metadata only when the fingerprint of
    them, the sizes, times and inodes of its files and the libraries installed, is one not
    remembered (a changed file, a library installed, upgraded or removed)."""
    root = tree(tmp_path / "shipped")
    library = tmp_path / "site-packages"
    library.mkdir()
    monkeypatch.setattr(identity, "_shipped", lambda: [root])
    monkeypatch.setattr(identity.sys, "path", [str(library)])
    memo = Memo()
    monkeypatch.setattr(identity, "_memory", [memo])
    first = identity.code_digest.__wrapped__()
    assert first == identity._code_digest() and list(memo.values()) == [first] and memo.saved == 1
    made = []
    real = identity._code_digest
    monkeypatch.setattr(identity, "_code_digest", lambda: made.append(1) or real())
    assert identity.code_digest.__wrapped__() == first and made == []  # remembered: nothing read
    (library / "notes.txt").write_text("a file of no library")  # the folder a command is run in, say
    assert identity.code_digest.__wrapped__() == first and made == []
    (library / "docx-2.0.dist-info").mkdir()  # a library installed
    assert identity.code_digest.__wrapped__() == first and made == [1]  # read again (its version is not in the digest here)
    (library / "docx-2.0.dist-info").rename(library / "docx-2.1.dist-info")  # upgraded
    assert identity.code_digest.__wrapped__() == first and made == [1, 1]
    (root / "sub" / "b.j2").write_text("{{ b }} \n")
    assert identity.code_digest.__wrapped__() != first and made == [1, 1, 1]
    memo.update({key: "forged" for key in memo})
    assert identity.code_digest.__wrapped__() == identity._code_digest()  # not a digest: made again
