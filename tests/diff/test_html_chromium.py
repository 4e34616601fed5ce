"""The HTML diff opened in headless Chromium: it renders, and the screenshot is not blank.

Chromium comes from Debian's package (scripts/test.sh installs it). Without it the test skips,
unless ISODOCS_REQUIRE_CHROMIUM=1 (CI) makes its absence a failure. The screenshot is kept
next to the test's files, for a person to look at.
"""

from __future__ import annotations

import struct
import subprocess
import zlib
from pathlib import Path

from conftest import external
from diffcases import V1, V2, manual

from isodocs.diff.changes import Side
from isodocs.diff.engine import diff_manuals
from isodocs.render.html import diff as html_out

WIDTH, HEIGHT = 1280, 2000


def chromium() -> str:
    return external(("chromium", "chromium-browser", "google-chrome"), "Chromium", "CHROMIUM")


def screenshot(html: Path, png: Path, profile: Path) -> None:
    run = subprocess.run(
        [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
         f"--screenshot={png}", f"--window-size={WIDTH},{HEIGHT}", html.as_uri()],
        capture_output=True, timeout=120)
    assert png.exists(), run.stderr.decode(errors="replace")[-2000:]


def png_rows(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and the filtered scanlines of a PNG (zlib only: no imaging library)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width, height = 8, b"", 0, 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height = struct.unpack(">II", chunk[:8])
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = len(raw) // height
    return width, height, [raw[i * stride:(i + 1) * stride] for i in range(height)]


def test_the_page_renders_in_chromium(tmp_path):
    diff = diff_manuals(manual(V1), manual(V2), sides=(Side("v1", "1" * 40), Side("v2", "2" * 40)))
    page = tmp_path / "diff.html"
    page.write_text(html_out.render(diff, "vi"), encoding="utf-8")
    blank = tmp_path / "blank.html"
    blank.write_text("<!DOCTYPE html><html><body></body></html>", encoding="utf-8")
    screenshot(page, tmp_path / "diff.png", tmp_path / "profile")
    screenshot(blank, tmp_path / "blank.png", tmp_path / "profile-blank")

    width, height, rows = png_rows((tmp_path / "diff.png").read_bytes())
    assert (width, height) == (WIDTH, HEIGHT)
    # A blank page is one scanline repeated; the diff draws text, tables and coloured cells.
    assert len(set(rows)) > 300
    assert len(set(png_rows((tmp_path / "blank.png").read_bytes())[2])) < 5
    assert (tmp_path / "diff.png").stat().st_size > 10 * (tmp_path / "blank.png").stat().st_size


def test_the_printed_page_reads_as_a_person_expects(tmp_path):
    """Printed by Chromium (its print to PDF, colours kept) and read back: the revisions named as
    people name them, the total time's change, no commit id, file path or terminal mark."""
    import datetime as dt
    import re

    from render.pages import page_texts

    from isodocs.diff.revisions import IN_FORCE, WORKTREE

    when = dt.datetime(2026, 11, 23, 10, 5)
    diff = diff_manuals(manual(V1), manual(V2), sides=(Side(IN_FORCE, "a63b4b6" + "0" * 33, when), Side(WORKTREE)))
    page = tmp_path / "diff.html"
    page.write_text(html_out.render(diff, "vi"), encoding="utf-8")
    pdf = tmp_path / "diff.pdf"
    run = subprocess.run(
        [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-pdf-header-footer",
         f"--user-data-dir={tmp_path / 'profile'}", f"--print-to-pdf={pdf}", page.as_uri()],
        capture_output=True, timeout=120)
    assert pdf.exists(), run.stderr.decode(errors="replace")[-2000:]
    printed = page_texts(pdf)
    assert len(printed) >= 4  # a page per document (print styles)
    text = " ".join(" ".join(printed).split())
    assert "So sánh: các lần ban hành đang có hiệu lực → bản dự thảo" in text
    assert "Tổng thời gian 1 ngày làm việc 6,5 giờ làm việc" in text
    assert "a63b4b6" not in text and "IN_FORCE" not in text and "documents/" not in text
    assert not re.search(r"(^|\s)[~+↕](\s|$)", text)  # (a Markdown body keeps its own # headings)
