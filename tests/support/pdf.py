"""What a person sees on the pages of a PDF: the text of each page in reading order (pdftotext),
where each word is drawn (pdftotext -bbox), and the colours of the pixels under it (pdftoppm).
The PDFs come from LibreOffice (support/libreoffice.py) or Chromium."""

from __future__ import annotations

import re
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from support.programs import external

DPI = 100  # pixels per inch of the page pictures: a 13 pt word is some 18 pixels high


def _poppler(name: str) -> str:
    return external((name,), "poppler-utils", "SOFFICE")


def pages(pdf: Path, layout: bool = True) -> list[str]:
    """The text of each page; with `layout`, as laid out on the page (columns side by side)."""
    text = subprocess.run([_poppler("pdftotext"), *(["-layout"] if layout else []), str(pdf), "-"],
                          check=True, capture_output=True, text=True, timeout=60).stdout
    return text.split("\f")[:-1]  # each page ends with a form feed


@dataclass(frozen=True)
class Word:
    page: int  # 0-based
    text: str
    box: tuple[float, float, float, float]  # x0, y0, x1, y1 in points from the page's top left


def words(pdf: Path) -> list[Word]:
    xhtml = subprocess.run([_poppler("pdftotext"), "-bbox", str(pdf), "-"], check=True, capture_output=True,
                           timeout=60).stdout
    root = etree.fromstring(xhtml, etree.XMLParser(recover=True))
    found = []
    for number, page in enumerate(root.iter("{*}page")):
        for word in page.iter("{*}word"):
            box = tuple(float(word.get(k)) for k in ("xMin", "yMin", "xMax", "yMax"))
            found.append(Word(number, word.text or "", box))
    return found


def word(pdf_words: list[Word], text: str, page: int | None = None) -> Word:
    """The one word drawn as `text` (on `page`, if given)."""
    found = [w for w in pdf_words if w.text == text and page in (None, w.page)]
    assert len(found) == 1, f"{text!r} is drawn {len(found)} times"
    return found[0]


@dataclass(frozen=True)
class Picture:
    """One page as pixels (RGB), from pdftoppm."""

    width: int
    height: int
    rgb: bytes

    def pixel(self, x: int, y: int) -> tuple[int, int, int]:
        i = 3 * (y * self.width + x)
        return self.rgb[i], self.rgb[i + 1], self.rgb[i + 2]


def picture(pdf: Path, page: int, dpi: int = DPI) -> Picture:
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run([_poppler("pdftoppm"), "-r", str(dpi), "-f", str(page + 1), "-l", str(page + 1), str(pdf),
                        f"{folder}/page"], check=True, capture_output=True, timeout=120)
        (ppm,) = Path(folder).glob("page*.ppm")
        data = ppm.read_bytes()
    header = re.match(rb"P6\s+(\d+)\s+(\d+)\s+255\s", data)  # then the pixels, 3 bytes each
    assert header, data[:20]
    width, height = int(header[1]), int(header[2])
    return Picture(width, height, data[header.end():])


def coloured(rgb: tuple[int, int, int]) -> bool:
    """Drawn in a colour, not black, grey or white."""
    return max(rgb) - min(rgb) > 60


def dark(rgb: tuple[int, int, int]) -> bool:
    return max(rgb) < 110 and not coloured(rgb)


@dataclass(frozen=True)
class Ink:
    """How a word is drawn: its pixels in colour and in black or grey, and the rows (from 0 at
    the top of its box to 1 at the bottom) that a coloured line runs across."""

    coloured: int
    dark: int
    lines: tuple[float, ...]

    @property
    def in_colour(self) -> bool:
        return self.coloured > 4 * self.dark and self.coloured > 20

    @property
    def in_black(self) -> bool:
        return self.dark > 20 and self.coloured * 20 < self.dark


def ink(pdf: Path, drawn: Word, dpi: int = DPI) -> Ink:
    """The ink of one word, an underline just below it included."""
    page = picture(pdf, drawn.page, dpi)
    scale = dpi / 72
    x0, y0, x1, y1 = (round(v * scale) for v in drawn.box)
    height = y1 - y0
    bottom = min(page.height, y1 + height // 4)  # an underline may sit just below the box
    counts = {"coloured": 0, "dark": 0}
    lines = []
    for y in range(y0, bottom):
        row = [page.pixel(x, y) for x in range(x0, x1)]
        counts["coloured"] += sum(map(coloured, row))
        counts["dark"] += sum(map(dark, row))
        if row and sum(map(coloured, row)) >= 0.9 * len(row):
            lines.append(round((y - y0) / height, 2))
    return Ink(counts["coloured"], counts["dark"], tuple(lines))
