"""Dates and numbers in each language (isodocs/i18n/formats.py): the one place they are spelled."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest

import isodocs
from isodocs.i18n import formats


@pytest.mark.parametrize("value, decimals, vi, en", [
    (0.5, 2, "0,5", "0.5"), (8, 2, "8", "8"), (1 / 3, 2, "0,33", "0.33"), (-0.0, 2, "0", "0"),
    (97.5, 6, "97,5", "97.5"), (1 / 3, 6, "0,333333", "0.333333"), (10**20, 6, "100000000000000000000", "100000000000000000000"),
])
def test_numbers_keep_the_decimals_asked_for_without_trailing_zeros(value, decimals, vi, en):
    assert formats.number(value, "vi", decimals) == vi and formats.number(value, "en", decimals) == en


def test_dates_held_as_text_are_said_as_the_language_writes_them():
    assert formats.date_text("2025-07-01", "vi") == "01/07/2025"
    assert formats.date_text("2025-07-01", "en") == "2025-07-01"
    assert formats.date_text("not a day", "vi") == "not a day"
    assert formats.date(dt.date(2025, 7, 1)) == "01/07/2025"


def test_quantities_and_targets():
    assert formats.quantity(98, "%", "vi") == "98%"
    assert formats.quantity(2.5, "ngày", "vi") == "2,5 ngày"
    assert formats.target(">=", 98, "%", "en") == "≥ 98%"
    assert formats.target("~", 1, "", "en") == "~ 1"  # an operator the table lacks prints as written


@pytest.mark.parametrize("day", [dt.date(1, 1, 2), dt.date(999, 12, 31), dt.date(1000, 1, 1), dt.date(2026, 12, 3),
                                 dt.date(9999, 12, 31)])
def test_a_date_prints_the_same_on_every_system(day):
    """Day and month two digits, the year as its number: what glibc's strftime("%d/%m/%Y")
    prints, on systems whose strftime pads a year before 1000 too."""
    assert formats.date(day) == f"{day.day:02d}/{day.month:02d}/{day.year}"
    if day.year >= 1000:
        assert formats.date(day) == day.strftime("%d/%m/%Y")


def test_the_date_pattern_is_spelled_only_here():
    """Every other module asks this one: a second spelling of the pattern would drift."""
    package = Path(isodocs.__file__).resolve().parent
    found = []
    for path in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and "%02d/%02d/%d" in node.value:
                found.append(path.relative_to(package).as_posix())
    assert found == ["i18n/formats.py"]


@pytest.mark.parametrize("hours, vi, en", [
    (17, "2 ngày 1 giờ làm việc", "2 working days and 1 hour"),  # 2.125 days: never "2,12 ngày"
    (38, "4 ngày 6 giờ làm việc", "4 working days and 6 hours"),  # 4.75 days
    (16, "2 ngày làm việc", "2 working days"),
    (8, "1 ngày làm việc", "1 working day"),
    (4, "4 giờ làm việc", "4 working hours"),
    (1, "1 giờ làm việc", "1 working hour"),
    (12.5, "1 ngày 4,5 giờ làm việc", "1 working day and 4.5 hours"),
    (0.1 + 0.2 + 7.7, "1 ngày làm việc", "1 working day"),  # a sum of fractions a hair under a day
])
def test_working_time_is_days_and_hours_never_a_fraction_of_a_day(hours, vi, en):
    assert formats.working_time(hours, "vi", per_day=8) == vi
    assert formats.working_time(hours, "en", per_day=8) == en
    days, rest = formats.days_and_hours(hours, 8)
    assert days * 8 + rest == pytest.approx(hours, abs=0.01) and 0 <= rest < 8


@pytest.mark.parametrize("written, vi, en", [
    ("2026-10", "Tháng 10/2026", "October 2026"),
    ("2026-01", "Tháng 1/2026", "January 2026"),
    ("2026-Q3", "Quý III/2026", "Q3 2026"),
    ("2026-H1", "6 tháng đầu năm 2026", "H1 2026"),
    ("2026-H2", "6 tháng cuối năm 2026", "H2 2026"),
    ("2026", "Năm 2026", "2026"),
    ("2026-12-31", "31/12/2026", "31/12/2026"),
    ("Đợt 1", "Đợt 1", "Đợt 1"),  # anything else as written
])
def test_periods_as_people_read_them(written, vi, en):
    assert formats.period(written, "vi") == vi and formats.period(written, "en") == en
