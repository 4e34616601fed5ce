"""Dates and numbers as people read them in each language: the one place they are spelled."""

from __future__ import annotations

import datetime as dt
import functools
import re

from isodocs.i18n import Ctx

OPERATORS = {">=": "≥", "<=": "≤", "=": "=", ">": ">", "<": "<"}


@functools.lru_cache(maxsize=4096)  # a province's master list prints 10,000 dates, of a few hundred days
def date(value: dt.date | None) -> str:
    """A day as documents and messages print it ("" for none): 01/12/2026 in both languages, as
    Vietnamese documents and their readers write it. Spelled out rather than by strftime, which
    pads a year before 1000 on some systems and not on others (and takes four times as long)."""
    return "%02d/%02d/%d" % (value.day, value.month, value.year) if value else ""


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


def amount(value: int, lang: str) -> str:
    """A sum of money, whole: 5.000 in Vietnamese (a dot between thousands), 5,000 in English."""
    text = f"{value:,d}"
    return text.replace(",", ".") if lang == "vi" else text


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


# A period as the data writes it (results, deadlines): a year, a month, a quarter, a half-year.
_PERIOD = re.compile(r"^(\d{4})(?:-(?:(0[1-9]|1[0-2])|Q([1-4])|H([12])))?$")
# A month's and a quarter's name in a period: English names them, Vietnamese numbers them
# (tháng 10, quý III), so the catalogue says them in each language.
_MONTHS = (
    Ctx("month", "January"), Ctx("month", "February"), Ctx("month", "March"), Ctx("month", "April"),
    Ctx("month", "May"), Ctx("month", "June"), Ctx("month", "July"), Ctx("month", "August"),
    Ctx("month", "September"), Ctx("month", "October"), Ctx("month", "November"), Ctx("month", "December"),
)
_QUARTERS = (Ctx("quarter", "1"), Ctx("quarter", "2"), Ctx("quarter", "3"), Ctx("quarter", "4"))


def period(text: str, lang: str) -> str:
    """2026-10, 2026-Q3, 2026-H1, 2026 or a day (2026-12-31) as people read them: Tháng 10/2026,
    Quý III/2026, 6 tháng đầu năm 2026, Năm 2026, 31/12/2026 (October 2026, Q3 2026, H1 2026,
    2026 in English). Any other text is left as written."""
    found = _PERIOD.match(text.strip())
    if found is None:
        try:
            return date(dt.date.fromisoformat(text.strip()))
        except ValueError:
            return text
    year, month, quarter, half = found.groups()
    if month:
        said = Ctx("period: a month", "{month} {year}", month=_MONTHS[int(month) - 1], year=year)
    elif quarter:
        said = Ctx("period: a quarter", "Q{quarter} {year}", quarter=_QUARTERS[int(quarter) - 1], year=year)
    elif half == "1":
        said = Ctx("period: the first half of a year", "H1 {year}", year=year)
    elif half == "2":
        said = Ctx("period: the second half of a year", "H2 {year}", year=year)
    else:
        said = Ctx("period: a year", "{year}", year=year)
    return said.say(lang)
