"""Dates and numbers as people read them in each language: the one place they are spelled."""

from __future__ import annotations

import datetime as dt

DATE = "%d/%m/%Y"  # 01/12/2026 in both languages, as Vietnamese documents and their readers write it
OPERATORS = {">=": "≥", "<=": "≤", "=": "=", ">": ">", "<": "<"}


def date(value: dt.date | None) -> str:
    """A day as documents and messages print it ("" for none)."""
    return value.strftime(DATE) if value else ""


def date_text(text: str, lang: str) -> str:
    """A day the data holds as ISO 8601 text (2025-07-01) as the diff prints it: 01/07/2025 in
    Vietnamese, unchanged in English; text that is not a day is left as it is."""
    if lang != "vi":
        return text
    try:
        return date(dt.date.fromisoformat(text))
    except ValueError:
        return text


def number(value: float, lang: str, decimals: int = 2) -> str:
    """At most `decimals` decimals, no trailing zeros; a decimal comma in Vietnamese."""
    text = f"{value:.{decimals}f}".rstrip("0").rstrip(".")
    if text == "-0":
        text = "0"
    return text.replace(".", ",") if lang == "vi" else text


def revision(value: int) -> str:
    """Lần ban hành as agencies write it: 01, 02 ..."""
    return f"{value:02d}"


def quantity(value: float, unit: str, lang: str) -> str:
    """98% / 2 ngày: a unit made of letters gets a space, a sign does not."""
    space = " " if unit and unit[0].isalnum() else ""
    return f"{number(value, lang)}{space}{unit}"


def target(op: str, value: float, unit: str, lang: str) -> str:
    """An objective's target: ≥ 98%."""
    return f"{OPERATORS.get(op, op)} {quantity(value, unit, lang)}"
