"""Dates and numbers as people read them in each language: the one place they are spelled."""

from __future__ import annotations

import datetime as dt

DATE = "%d/%m/%Y"  # 01/12/2026 in both languages, as Vietnamese documents and their readers write it


def date(value: dt.date | None) -> str:
    """A day as documents and messages print it ("" for none)."""
    return value.strftime(DATE) if value else ""


def number(value: float, lang: str) -> str:
    """At most two decimals, no trailing zeros; a decimal comma in Vietnamese."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    if text == "-0":
        text = "0"
    return text.replace(".", ",") if lang == "vi" else text


def revision(value: int) -> str:
    """Lần ban hành as agencies write it: 01, 02 ..."""
    return f"{value:02d}"
