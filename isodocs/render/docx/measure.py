"""How wide text is on the page, for column widths that fit their content.

Times New Roman's advance widths (Liberation Serif, which LibreOffice prints in its place, has
the same metrics), in thousandths of an em, for the printable ASCII characters; a Vietnamese
letter is as wide as its base letter (the marks sit above or below it), except the horned
Ơ, Ư, ơ, ư, whose horn sticks out to the right. Measured, not guessed: dates at 12 pt need
54.7 pt, and a column narrower than that breaks "15/07/2025" into "15/07/202" and "5".
"""

from __future__ import annotations

import math
import unicodedata
from functools import lru_cache

_FIRST = 32  # the space; tables run to "~" (126)
_REGULAR = (
    250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500,
    500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722,
    611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500, 333, 444,
    500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722,
    500, 500, 444, 480, 200, 480, 541,
)
_BOLD = (
    250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500,
    500, 500, 500, 500, 333, 333, 570, 570, 570, 500, 930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778,
    667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581, 500, 333, 500,
    556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722,
    500, 500, 444, 394, 220, 394, 520,
)
# Extra width of Ơ Ư ơ ư over O U o u, regular and bold.
_HORN = {False: {"O": 0, "U": 54, "o": 29, "u": 42}, True: {"O": 0, "U": 74, "o": 54, "u": 44}}
_OTHER = {"đ": "d", "Đ": "D", "–": "n", "—": "m", "≥": "+", "≤": "+", "…": "m", "“": '"', "”": '"', "‘": "'",
          "’": "'", "\u00a0": " ", "\u2011": "-", "•": "o"}
_HORN_MARK = "\u031b"


@lru_cache(maxsize=4096)
def _char(ch: str, bold: bool) -> int:
    table = _BOLD if bold else _REGULAR
    base = _OTHER.get(ch, ch)
    extra = 0
    if len(base) == 1 and not (_FIRST <= ord(base) < _FIRST + len(table)):
        parts = unicodedata.normalize("NFD", base)
        base = parts[0]
        if _HORN_MARK in parts:
            extra = _HORN[bold].get(base, 0)
    code = ord(base) if len(base) == 1 else 0
    if _FIRST <= code < _FIRST + len(table):
        return table[code - _FIRST] + extra
    return 1000 if unicodedata.east_asian_width(ch) in ("W", "F") else 600  # unknown: generous


def width(text: str, size: float, bold: bool = False) -> float:
    """The width of `text` at `size` points, in points."""
    return sum(_char(ch, bold) for ch in text) * size / 1000


@lru_cache(maxsize=65536)  # words recur (Vietnamese syllables, codes, dates)
def twips(text: str, size: float, bold: bool = False) -> int:
    """The width of `text` in twips (1/20 pt), rounded up."""
    return math.ceil(width(text, size, bold) * 20)


WIDEST = 1000  # thousandths of an em: no character is wider


def longest_word(texts, size: float, bold: bool = False, room: int = 0) -> int:
    """The width in twips of the widest word (text between spaces) of `texts`: what a column
    needs so that no word breaks inside. With `room`, words that fit in it whatever their
    letters (counting each as wide as the widest) are not measured: 0 when all fit."""
    fits = int(room * 1000 / (WIDEST * size * 20))  # this many characters fit whatever they are
    return max((twips(word, size, bold) for text in texts for word in text.split() if len(word) > fits), default=0)
