"""tools/pages.py: a page of a DOCX as a PNG, for the pictures in docs/."""

from __future__ import annotations

import struct
import subprocess
import sys
from pathlib import Path

from isodocs.render.docx.manual import RenderOptions, render_manual

from support.model import STAMP, small_manual
from support.programs import external

TOOL = Path(__file__).resolve().parents[2] / "tools" / "pages.py"


def run(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(TOOL), *map(str, args)], capture_output=True, text=True, timeout=300)


def test_a_page_becomes_a_png_of_an_a4_page(tmp_path):
    external(("soffice",), "LibreOffice", "SOFFICE")
    external(("pdftoppm",), "poppler-utils", "SOFFICE")
    docx = tmp_path / "manual.docx"
    docx.write_bytes(render_manual(small_manual(), RenderOptions(stamp=STAMP)))
    target = tmp_path / "images" / "cover.png"
    done = run(docx, "--page", 1, "-o", target, "--dpi", 40)
    assert done.returncode == 0, done.stderr
    data = target.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (331, 468)  # A4 at 40 dpi
    assert run(docx, "--page", 99, "-o", target).returncode == 2  # no such page
    assert run(docx, "-o", target).returncode == 2  # -o names one picture
    assert run(tmp_path / "missing.docx").returncode == 2


def test_a_page_is_found_by_a_text_it_holds(tmp_path):
    external(("soffice",), "LibreOffice", "SOFFICE")
    external(("pdftoppm",), "poppler-utils", "SOFFICE")
    docx = tmp_path / "manual.docx"
    docx.write_bytes(render_manual(small_manual(), RenderOptions(stamp=STAMP)))
    target = tmp_path / "master-list.png"
    done = run(docx, "--page", "DANH MỤC TÀI LIỆU", "-o", target, "--dpi", 40)
    assert done.returncode == 0, done.stderr
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    missing = run(docx, "--page", "not printed anywhere", "-o", target)
    assert missing.returncode == 2 and "has no page holding 'not printed anywhere'" in missing.stderr
