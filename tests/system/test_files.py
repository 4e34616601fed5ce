"""Output files (isodocs/system/files.py): names safe on every file system; writes that replace a
file whole, or a build's set of outputs as a whole, never through a link; reads of bounded
regular files only."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from isodocs.system import files
from isodocs.system.files import (
    JOURNAL,
    RECORD,
    UnsafePath,
    ascii_name,
    check_folder,
    open_folder,
    read_file,
    safe_name,
    write_file,
    write_set,
)


@pytest.mark.parametrize("code, name", [
    ("QT-01", "QT-01"),
    ("QT 02/CX-HCTP", "QT 02_CX-HCTP"),
    ("..", "_"),
    ('a:b*c?"d<e>f|g', "a_b_c_d_e_f_g"),
    # Windows' device names, with or without an extension, in any case
    ("CON", "_CON"), ("nul", "_nul"), ("COM1", "_COM1"), ("LPT9.docx", "_LPT9.docx"), ("AUX .x", "_AUX .x"),
    ("PRN-01", "PRN-01"), ("COM10", "COM10"), ("CONG-01", "CONG-01"),
])
def test_safe_names(code, name):
    assert safe_name(code) == name


@pytest.mark.parametrize("text, name", [
    ("123/2015/NĐ-CP", "123_2015_ND-CP"),
    ("Quyết định 1/QĐ-UBND", "Quyet dinh 1_QD-UBND"),
    ("đ\u0301", "d"),
    ("日本", "__"),
    ("NUL", "_NUL"),
])
def test_ascii_names(text, name):
    assert ascii_name(text) == name and ascii_name(text).isascii()


def listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if not p.name.startswith(".")}


def hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_a_set_is_written_with_ordinary_permissions_and_no_temporary_file_left(tmp_path):
    out = tmp_path / "out"
    written = write_set(out, {"a.docx": b"one", "b.docx": b"two"})
    assert written == ["a.docx", "b.docx"]
    assert listing(out) == {"a.docx": b"one", "b.docx": b"two"}
    assert hidden(out) == [RECORD]
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE((out / "a.docx").stat().st_mode) == 0o666 & ~umask


def test_the_next_set_replaces_the_last_one_whole_and_leaves_other_files(tmp_path):
    out = tmp_path / "out"
    write_set(out, {"a.docx": b"one", "b.docx": b"two"})
    (out / "notes.txt").write_text("mine")
    (out / "c.docx").write_bytes(b"not isodocs'")
    write_set(out, {"a.docx": b"three"})
    # b.docx was an output of the last build (a document withdrawn since): it goes; the rest stays
    assert listing(out) == {"a.docx": b"three", "c.docx": b"not isodocs'", "notes.txt": b"mine"}


def test_a_run_that_fails_while_writing_leaves_the_previous_set(tmp_path, monkeypatch):
    out = tmp_path / "out"
    write_set(out, {"a.docx": b"old a", "b.docx": b"old b"})
    real = files.Folder.write_new

    def disk_full(self, name, data, **options):
        if data == b"new b":
            raise OSError(28, "No space left on device")
        return real(self, name, data, **options)

    monkeypatch.setattr(files.Folder, "write_new", disk_full)
    with pytest.raises(OSError):
        write_set(out, {"a.docx": b"new a", "b.docx": b"new b"})
    assert listing(out) == {"a.docx": b"old a", "b.docx": b"old b"}
    assert hidden(out) == [RECORD]


KILLED = textwrap.dedent("""
    import os, sys
    from isodocs.system import files
    stage = sys.argv[2]
    real_write, real_replace = files.Folder.write_new, files.Folder.replace
    def write_new(self, name, data, **options):
        if stage == "writing" and data == b"new b":
            os._exit(9)  # killed with the first file written aside
        return real_write(self, name, data, **options)
    def replace(self, source, target):
        if stage == "renaming" and target == "b.docx":
            os._exit(9)  # killed with a.docx renamed, b.docx not yet
        return real_replace(self, source, target)
    files.Folder.write_new, files.Folder.replace = write_new, replace
    files.write_set(sys.argv[1], {"a.docx": b"new a", "b.docx": b"new b", "c.docx": b"new c"})
""")


@pytest.mark.parametrize("stage, after", [
    ("writing", {"a.docx": b"old a", "b.docx": b"old b"}),  # nothing renamed yet: the old set, whole
    ("renaming", {"a.docx": b"new a", "b.docx": b"new b", "c.docx": b"new c"}),  # the journal completes the new
])
def test_a_killed_run_is_cleared_by_the_next(tmp_path, stage, after):
    out = tmp_path / "out"
    write_set(out, {"a.docx": b"old a", "b.docx": b"old b"})
    killed = subprocess.run([sys.executable, "-c", KILLED, str(out), stage])
    assert killed.returncode == 9
    assert any(name.endswith(".isodocs-tmp") for name in hidden(out))  # what the killed run left
    with open_folder(out) as folder:
        files.recover(folder)
    assert listing(out) == after
    assert hidden(out) == [RECORD]
    write_set(out, {"a.docx": b"next"})
    assert listing(out) == {"a.docx": b"next"} and hidden(out) == [RECORD]


def test_a_forged_journal_cannot_reach_outside(tmp_path):
    out, outside = tmp_path / "out", tmp_path / "outside"
    out.mkdir()
    outside.mkdir()
    (outside / "victim").write_text("kept")
    (out / JOURNAL).write_text(json.dumps({"renames": [[".isodocs-0000000a-0.isodocs-tmp", "../outside/victim"],
                                                       ["../../etc/passwd", "x"]],
                                           "remove": ["../outside/victim", "/etc/hostname"]}))
    (out / RECORD).write_text(json.dumps(["../outside/victim"]))
    write_set(out, {"a.docx": b"a"})
    assert (outside / "victim").read_text() == "kept"
    assert listing(out) == {"a.docx": b"a"}


@pytest.mark.parametrize("where", ["folder", "parent", "file"])
def test_never_through_a_link(tmp_path, where):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "a.docx").write_bytes(b"theirs")
    root = tmp_path / "repo"
    root.mkdir()
    if where == "folder":
        os.symlink(outside, root / "build")
        target, link = root / "build", root / "build"
    elif where == "parent":
        os.symlink(outside, root / "up")
        target, link = root / "up" / "build", root / "up"
    else:
        (root / "build").mkdir()
        os.symlink(outside / "a.docx", root / "build" / "a.docx")
        target, link = root / "build", root / "build" / "a.docx"
    with pytest.raises(UnsafePath) as refused:
        write_set(target, {"a.docx": b"ours"})
    assert (refused.value.path, refused.value.why) == (link, "link")
    with pytest.raises(UnsafePath):
        write_file(target / "a.docx", b"ours")
    with pytest.raises(UnsafePath):
        check_folder(target, file="a.docx")
    assert sorted(p.name for p in outside.iterdir()) == ["a.docx"] and (outside / "a.docx").read_bytes() == b"theirs"


def test_a_dangling_link_is_refused_too(tmp_path):
    os.symlink(tmp_path / "nowhere", tmp_path / "build")
    with pytest.raises(UnsafePath) as refused:
        write_set(tmp_path / "build", {"a.docx": b"x"})
    assert refused.value.why == "link"
    assert not (tmp_path / "nowhere").exists()


def test_a_link_above_the_trusted_folder_is_followed(tmp_path):
    real = tmp_path / "real"
    real.mkdir()
    os.symlink(real, tmp_path / "home")
    write_file(tmp_path / "home" / "cache" / "x.json", b"{}", trusted=tmp_path / "home")
    assert (real / "cache" / "x.json").read_bytes() == b"{}"
    os.symlink(tmp_path, real / "cache" / "up")
    with pytest.raises(UnsafePath):
        write_file(tmp_path / "home" / "cache" / "up" / "x.json", b"{}", trusted=tmp_path / "home")


def test_a_file_on_the_way_or_a_folder_in_place_is_named(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(UnsafePath) as refused:
        write_set(tmp_path / "file" / "out", {"a.docx": b"x"})
    assert (refused.value.path, refused.value.why) == (tmp_path / "file", "not_folder")
    (tmp_path / "out" / "a.docx").mkdir(parents=True)
    with pytest.raises(UnsafePath) as refused:
        write_set(tmp_path / "out", {"a.docx": b"x", "b.docx": b"y"})
    assert (refused.value.path, refused.value.why) == (tmp_path / "out" / "a.docx", "not_file")
    assert not (tmp_path / "out" / "b.docx").exists()  # refused before anything was written


def test_a_fifo_in_place_is_refused_not_opened(tmp_path):
    (tmp_path / "out").mkdir()
    os.mkfifo(tmp_path / "out" / "a.docx")
    with pytest.raises(UnsafePath):
        write_file(tmp_path / "out" / "a.docx", b"x")


def test_one_file_is_replaced_whole_and_a_killed_write_s_leftover_cleared(tmp_path):
    target = tmp_path / "report.docx"
    write_file(target, b"one")
    (tmp_path / ".report.docx.0badc0de.isodocs-tmp").write_bytes(b"half")
    write_file(target, b"two")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.docx"] and target.read_bytes() == b"two"


def test_reading_only_bounded_regular_files(tmp_path):
    (tmp_path / "a").write_bytes(b"12345")
    assert read_file(tmp_path / "a", 5) == b"12345"
    with pytest.raises(UnsafePath) as refused:
        read_file(tmp_path / "a", 4)
    assert refused.value.why == "too_large"
    os.mkfifo(tmp_path / "fifo")
    with pytest.raises(UnsafePath):
        read_file(tmp_path / "fifo", 10)  # never waits for a writer
    with pytest.raises(UnsafePath):
        read_file("/dev/zero", 10)
    os.symlink(tmp_path / "a", tmp_path / "link")
    assert read_file(tmp_path / "link", 10) == b"12345"
    with pytest.raises(UnsafePath) as refused:
        read_file(tmp_path / "link", 10, follow=False)
    assert refused.value.why == "link"
    with open_folder(tmp_path) as folder:
        with pytest.raises(UnsafePath):
            folder.read("link", 10)
        with pytest.raises(UnsafePath):
            folder.read("fifo", 10)


def test_files_already_right_are_not_rewritten_and_kept_ones_stay_in_the_set(tmp_path):
    out = tmp_path / "out"
    write_set(out, {"a.docx": b"a", "b.docx": b"b", "c.docx": b"c"})
    before = {name: (out / name).stat().st_ino for name in ("a.docx", "b.docx")}
    write_set(out, {"a.docx": b"a", "b.docx": b"new b"}, kept=["c.docx"])
    assert listing(out) == {"a.docx": b"a", "b.docx": b"new b", "c.docx": b"c"}
    assert (out / "a.docx").stat().st_ino == before["a.docx"]  # the same file, not replaced
    assert (out / "b.docx").stat().st_ino != before["b.docx"]
    write_set(out, {"a.docx": b"a"})  # c is no longer kept: it leaves the set
    assert listing(out) == {"a.docx": b"a"}


def test_many_files_are_written_whole(tmp_path):
    out = tmp_path / "out"
    many = {f"{n:02}.docx": bytes([n]) * 100 for n in range(20)}
    write_set(out, many)
    assert listing(out) == many and hidden(out) == [RECORD]


def opened(folder: Path, name: str) -> files.Source:
    """`name` in `folder` as a Source, known by its stat now."""
    known = os.stat(folder / name)
    with open_folder(folder) as here:
        return here.open_same(name, lambda st: (st.st_ino, st.st_mtime_ns, st.st_size)
                              == (known.st_ino, known.st_mtime_ns, known.st_size))


@pytest.mark.parametrize("copy_file_range", [True, False])
def test_chunks_are_written_with_the_spans_of_a_file_copied_as_they_are(tmp_path, monkeypatch, copy_file_range):
    """A manual made after one change is mostly the last one's bytes (render.cache.Laid): they are
    copied from that file into the new one, not read into memory, and the file is let go once
    copied, so that it can be replaced (on Windows too)."""
    if not copy_file_range:
        monkeypatch.delattr(os, "copy_file_range", raising=False)
    out = tmp_path / "out"
    old = bytes(range(256)) * 64
    write_set(out, {"manual.docx": old})
    source = opened(out, "manual.docx")
    chunks = files.Chunks([b"head", files.Span(source, 10, 100), files.Span(source, 110, 5000), b"",
                           memoryview(b"middle"), files.Span(source, 9000, 7384), b"tail"])
    assert [type(part) for part in chunks.parts] == [bytes, files.Span, memoryview, files.Span, bytes]  # joined
    expected = b"head" + old[10:5110] + b"middle" + old[9000:] + b"tail"
    assert len(chunks) == len(expected)
    write_set(out, {"manual.docx": chunks})
    assert listing(out) == {"manual.docx": expected}
    assert source.fd is None  # let go before the set was renamed into place


@pytest.mark.parametrize("how", ["replaced", "written in place", "cut short"])
def test_a_file_copied_from_that_changed_meanwhile_fails_the_set_and_leaves_the_last_one(tmp_path, how):
    out = tmp_path / "out"
    old = b"x" * 4096
    write_set(out, {"manual.docx": old, "a.docx": b"a"})
    source = opened(out, "manual.docx")
    if how == "replaced":  # the file opened stays as it was: its bytes are still the ones known
        (out / "other").write_bytes(b"y" * 4096)
        os.replace(out / "other", out / "manual.docx")
    elif how == "written in place":
        with open(out / "manual.docx", "r+b") as handle:
            handle.write(b"y")
    else:
        os.truncate(out / "manual.docx", 100)
    chunks = files.Chunks([b"new ", files.Span(source, 0, 4096)])
    if how == "replaced":
        write_set(out, {"manual.docx": chunks, "a.docx": b"a"})
        assert listing(out)["manual.docx"] == b"new " + old
        return
    with pytest.raises(UnsafePath) as raised:
        write_set(out, {"manual.docx": chunks, "a.docx": b"new a"})
    assert raised.value.why == "changed"
    assert listing(out)["a.docx"] == b"a" and hidden(out) == [RECORD]  # the last set, whole


@pytest.mark.parametrize("descriptors", [True, False])
def test_a_file_to_copy_from_is_opened_only_as_known_and_never_through_a_link(tmp_path, monkeypatch, descriptors):
    if not descriptors:  # as on Windows: no folder descriptors, and opening follows links
        monkeypatch.setattr(files, "_BY_DESCRIPTOR", False)
        monkeypatch.setattr(files, "_NOFOLLOW", 0)
    out = tmp_path / "out"
    out.mkdir()
    (out / "real.docx").write_bytes(b"real")
    (out / "link.docx").symlink_to(out / "real.docx")
    with open_folder(out) as here:
        with pytest.raises(UnsafePath) as raised:
            here.open_same("link.docx", lambda st: True)
        assert raised.value.why == "link"
        with pytest.raises(UnsafePath) as raised:
            here.open_same("real.docx", lambda st: False)
        assert raised.value.why == "changed"
        source = here.open_same("real.docx", lambda st: True)
    assert files.Span(source, 1, 3).read() == b"eal"
    source.close()


def test_chunks_are_written_whole_whatever_each_write_takes(tmp_path, monkeypatch):
    """A write that takes less than it was given is taken up where it stopped."""
    real = os.write

    def short(fd, data):
        return real(fd, bytes(data[:7]))

    monkeypatch.setattr(os, "write", short)
    parts = [bytes([n % 256]) * (n % 5) for n in range(3000)]
    write_set(tmp_path / "out", {"manual.docx": files.Chunks(parts)})
    assert (tmp_path / "out" / "manual.docx").read_bytes() == b"".join(parts)
