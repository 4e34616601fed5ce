"""Hostile repositories, each built in a temporary folder beside a sentinel folder it must not touch.

`world(tmp_path)` copies one template: a Git repository holding the standard manual, every
document approved on 2025-07-20, then an amendment of 123/2015/NĐ-CP committed after it (so
QT-HT-01 is suspect and `legal ack` has something to acknowledge), checked out clean. Beside it
lies `outside/`, the sentinel: links a hostile repository commits point there, and after any
command it must hold exactly what it held. A clean official build of the template is made once,
so a test can prove a hostile repository's outputs are byte-identical to it.
"""

from __future__ import annotations

import os
import shutil
import stat
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

import pygit2
from click.testing import CliRunner, Result
from conftest import LEGAL, LEGAL_PATH, git_commit, git_init, standard_bytes

TODAY = "2025-12-01"
APPROVED = "2025-07-20"
AMENDMENT = """\
- number: 07/2025/NĐ-CP
  type: Nghị định
  title: Sửa đổi, bổ sung Nghị định 123/2015/NĐ-CP
  issued: 2025-09-01
  status: in_force
"""


def checkout(repo: pygit2.Repository) -> None:
    """Make the index and working tree match HEAD."""
    index = repo.index
    index.read_tree(repo.head.peel(pygit2.Commit).tree)
    index.write()
    repo.checkout_head(strategy=pygit2.enums.CheckoutStrategy.FORCE)


def tree_files(repo: pygit2.Repository) -> dict[str, bytes]:
    """Every file of HEAD's tree (links as their target's text)."""
    found: dict[str, bytes] = {}

    def walk(tree, prefix):
        for entry in tree:
            path = f"{prefix}{entry.name}"
            if entry.type == pygit2.enums.ObjectType.TREE:
                walk(repo[entry.id], path + "/")
            elif entry.type == pygit2.enums.ObjectType.BLOB:
                found[path] = repo[entry.id].data
    walk(repo.head.peel(pygit2.Commit).tree, "")
    return found


def snapshot(folder: Path) -> dict[str, tuple]:
    """Every entry under `folder`, links not followed: kind, bytes or link target, mode."""
    found = {}
    for dirpath, dirnames, filenames in os.walk(folder):
        for name in [*dirnames, *filenames]:
            path = Path(dirpath) / name
            st = os.lstat(path)
            if stat.S_ISLNK(st.st_mode):
                found[str(path.relative_to(folder))] = ("link", os.readlink(path))
            elif stat.S_ISREG(st.st_mode):
                found[str(path.relative_to(folder))] = ("file", path.read_bytes(), stat.S_IMODE(st.st_mode))
            else:
                found[str(path.relative_to(folder))] = ("other", stat.S_IFMT(st.st_mode))
    return found


def _make_template(base: Path) -> None:
    from conftest import invoke

    repo = git_init(base / "repo")
    git_commit(repo, standard_bytes(), "Sổ tay ban đầu", when=1_751_000_000)
    checkout(repo)
    approved = invoke(["approve", "--all", "--by", "minh.lv", "--date", APPROVED, "--lang", "en"], cwd=base / "repo")
    assert approved.exit_code == 0, approved.output
    # the approval commit is dated by the clock: the template is made once, so every copy agrees
    files = tree_files(repo)
    files[LEGAL_PATH] = (LEGAL.replace("- number: 123/2015/NĐ-CP\n", "- number: 123/2015/NĐ-CP\n  amended_by: [07/2025/NĐ-CP]\n")
                         + AMENDMENT).encode("utf-8")
    git_commit(repo, files, "Nghị định 07/2025 sửa đổi 123/2015", when=1_760_000_000)
    checkout(repo)
    outside = base / "outside"
    (outside / "deep").mkdir(parents=True)
    (outside / "secret.txt").write_text("not for isodocs\n")
    (outside / "deep" / "QT-HT-01.docx").write_bytes(b"someone else's file")
    (outside / "manual.docx").write_bytes(b"someone else's manual")
    built = invoke(["build", "--today", TODAY, "-o", str(base / "clean-build"), "--lang", "en"], cwd=base / "repo")
    assert built.exit_code == 0, built.output


_TEMPLATE: dict[str, Path] = {}


@dataclass
class World:
    """A hostile repository's temporary folder: the checkout, the sentinel beside it, and the
    clean build to compare outputs with."""

    tmp: Path

    @property
    def root(self) -> Path:
        return self.tmp / "repo"

    @property
    def outside(self) -> Path:
        return self.tmp / "outside"

    @property
    def repo(self) -> pygit2.Repository:
        return pygit2.Repository(str(self.root))

    def clean_build(self) -> dict[str, bytes]:
        return outputs(_TEMPLATE["base"] / "clean-build")

    def reference(self, *args: str) -> dict[str, bytes]:
        """The outputs of `build ARGS` of the repository as it is now, caches off: what a hostile
        repository's build must equal, byte for byte."""
        folder = self.tmp / f"reference-{len(list(self.tmp.glob('reference-*')))}"
        said_cleanly(self.run("build", "--today", TODAY, *args, "-o", str(folder), env={"ISODOCS_CACHE": "0"}), 0)
        return outputs(folder)

    def commit(self, files: dict[str, bytes | str | None], message: str = "Thay đổi", links: dict[str, str] = {}) -> None:
        """Commit HEAD's files changed by `files` (None removes one) and symbolic `links`
        (path -> target), then check it out (links included) as a clone would."""
        from conftest import Symlink

        repo = self.repo
        tree = {**tree_files(repo), **files, **{path: Symlink(target) for path, target in links.items()}}
        git_commit(repo, {p: v for p, v in tree.items() if v is not None}, message, when=1_761_000_000)
        checkout(repo)

    def run(self, *args: str, lang: str = "en", env: dict[str, str] | None = None) -> Result:
        """The command line in-process, in the checkout, the way a CI job runs it."""
        from isodocs.cli import main

        old = os.getcwd()
        os.chdir(self.root)
        try:
            return CliRunner().invoke(main, [*args, "--lang", lang], env=env, catch_exceptions=True)
        finally:
            os.chdir(old)


def world(tmp_path: Path, tmp_path_factory) -> World:
    if "base" not in _TEMPLATE:
        base = tmp_path_factory.mktemp("hostile-template")
        with mock.patch.dict(os.environ, {"ISODOCS_CACHE": "0"}):  # no cache comes with the template
            _make_template(base)
        _TEMPLATE["base"] = base
    shutil.copytree(_TEMPLATE["base"] / "repo", tmp_path / "repo", symlinks=True)
    shutil.copytree(_TEMPLATE["base"] / "outside", tmp_path / "outside", symlinks=True)
    return World(tmp_path)


def watched(tmp_path: Path, tmp_path_factory):
    """A hostile repository's world for one test, its sentinel checked untouched afterwards
    (whatever the test asserted itself): the body of each module's `w` fixture."""
    w = world(tmp_path, tmp_path_factory)
    before = snapshot(w.outside)
    yield w
    assert snapshot(w.outside) == before, "something was written outside the repository"


def outputs(folder: Path) -> dict[str, bytes]:
    """The DOCX files of a build folder."""
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.docx")) if not p.is_symlink() and p.is_file()}


def said_cleanly(result: Result, code: int) -> str:
    """The command's output, after checking it stopped as designed: the exit code, and no
    internal error (which exits 2 too, so the text decides)."""
    assert result.exit_code == code, result.output
    assert "internal error" not in result.output and "lỗi nội bộ" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.output
