"""Output files (isodocs/system/files.py): names safe on every file system, and writes that
replace a file whole or leave it as it was."""

from __future__ import annotations

import os
import stat

import pytest

from isodocs.system.files import ascii_name, safe_name, write_all


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


def test_write_all_replaces_files_whole_with_ordinary_permissions(tmp_path):
    out = tmp_path / "out"
    write_all(out, {"a.docx": b"one", "b.docx": b"two"})
    write_all(out, {"a.docx": b"three"})
    assert (out / "a.docx").read_bytes() == b"three" and (out / "b.docx").read_bytes() == b"two"
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE((out / "a.docx").stat().st_mode) == 0o666 & ~umask
    assert sorted(p.name for p in out.iterdir()) == ["a.docx", "b.docx"]  # no temporary files left


def test_a_failed_write_leaves_the_previous_file(tmp_path, monkeypatch):
    out = tmp_path / "out"
    write_all(out, {"a.docx": b"old"})

    def fail(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError):
        write_all(out, {"a.docx": b"new"})
    assert (out / "a.docx").read_bytes() == b"old"
    assert [p.name for p in out.iterdir()] == ["a.docx"]
