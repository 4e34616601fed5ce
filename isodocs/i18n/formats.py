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


def days_and_hours(hours: float, per_day: float) -> tuple[int, float]:
    """A length of working time as whole working days and the hours left over (never a fraction
    of a day): 17 hours at 8 a day are (2, 1.0). Sums of fractional step times are rounded to
    a hundredth of an hour first, so 7.999999 hours is one day."""
    hours = round(hours, 2)
    days = int(hours // per_day)
    return days, round(hours - days * per_day, 2)


def working_time(hours: float, lang: str, per_day: float) -> str:
    """A total of working time as people say it: "2 ngày 1 giờ làm việc", "1 ngày làm việc",
    "4 giờ làm việc" ("2 working days and 1 hour"); never "2,12 ngày". `per_day` is the length
    of a working day in hours (isodocs.model.HOURS_PER_WORKING_DAY)."""
    from isodocs.i18n import Plural

    days, rest = days_and_hours(hours, per_day)
    count = 1 if rest == 1 else 2  # the plural form; the value is written as the language writes numbers
    if days and rest:
        return Plural("{n} working day and {hours}", "{n} working days and {hours}", n=days,
                      hours=Plural("{hours} hour", "{hours} hours", n=count, hours=number(rest, lang))).say(lang)
    if days:
        return Plural("{n} working day", "{n} working days", n=days).say(lang)
    return Plural("{hours} working hour", "{hours} working hours", n=count, hours=number(rest, lang)).say(lang)
