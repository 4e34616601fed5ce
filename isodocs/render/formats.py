"""Durations, quantities and targets as the documents print them (dates and numbers: i18n.formats)."""

from __future__ import annotations

import re

from isodocs.i18n.formats import date, number, revision  # noqa: F401 (the renderers' one import for formats)
from isodocs.model import HOURS_PER_WORKING_DAY, Duration
from isodocs.render.labels import Labels

OPERATORS = {">=": "≥", "<=": "≤", "=": "=", ">": ">", "<": "<"}


def duration(value: Duration | None, labels: Labels) -> str:
    if value is None:
        return ""
    return labels("duration", value=number(value.value, labels.lang), unit=getattr(labels, value.unit))


def in_unit_of(hours: float, unit: str) -> Duration:
    """A number of working hours expressed in `unit` (working_hours or working_days)."""
    return Duration(hours / HOURS_PER_WORKING_DAY if unit == "working_days" else hours, unit)


def quantity(value: float, unit: str, lang: str) -> str:
    """98% / 2 ngày: a unit made of letters gets a space, a sign does not."""
    space = " " if unit and unit[0].isalnum() else ""
    return f"{number(value, lang)}{space}{unit}"


def target(op: str, value: float, unit: str, lang: str) -> str:
    return f"{OPERATORS.get(op, op)} {quantity(value, unit, lang)}"


def place(agency_name: str, units: str) -> str:
    """The place name in an agency's name: what follows its last administrative unit word
    (`units`, alternatives separated by |, from the labels)."""
    words = [re.escape(u.strip()) for u in units.split("|") if u.strip()]
    if not words:
        return ""
    found = list(re.finditer(rf"(?i)\b(?:{'|'.join(words)})\s+", agency_name))
    return agency_name[found[-1].end():].strip() if found else ""
