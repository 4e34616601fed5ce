"""tools/pages.py: a page of a DOCX, printed as `build --pdf` prints it, as a PNG."""

from __future__ import annotations

import importlib.util
import struct
from pathlib import Path

import pytest
from conftest import external
from render_fixtures import POLICY, STAMP, small_manual

from isodocs.render.docx.manual import RenderOptions, render_document

ROOT = Path(__file__).resolve().parents[2]


def tool():
    spec = importlib.util.spec_from_file_location("pages", ROOT / "tools" / "pages.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_a_page_found_by_its_text_becomes_a_png_of_an_a4_page(tmp_path):
    external(("soffice",), "LibreOffice", "SOFFICE")
    external(("pdftoppm",), "poppler-utils", "SOFFICE")
    docx = tmp_path / "CS-01.docx"
    docx.write_bytes(render_document(small_manual(), POLICY, RenderOptions(stamp=STAMP)))
    pages = tool()
    (png,) = pages.pictures(docx, [("policy.png", "CS-01.docx", "Cam kết")], tmp_path / "out", dpi=40)
    assert png == tmp_path / "out" / "policy.png"
    assert png_size(png) == (331, 468)  # A4 at 40 dpi
    with pytest.raises(SystemExit, match="no page of CS-01.pdf holds"):
        pages.pictures(docx, [("x.png", "CS-01.docx", "not on any page")], tmp_path / "out")
