"""Findings as plain data (isodocs/diagnostics/plain.py): what comes back is what was kept, and
what cannot be kept exactly is not kept at all."""

from __future__ import annotations

import datetime as dt
import marshal

import pytest

from isodocs.diagnostics import rules
from isodocs.diagnostics.plain import NotPlain, plain, revived
from isodocs.i18n import Ctx, Joined, Msg, Plural
from isodocs.model import TimeUnit


def test_every_kind_of_value_comes_back_as_it_was():
    inner = rules.CODE_PATTERN.at("documents/a.yaml", 3, 7, code="qt-1", pattern="^QT$")
    finding = rules.BAD_VALUE.at(
        "documents/b.yaml", 2, None, raised=True, field="kind", value=True, allowed=0.5,
        day=dt.date(2026, 7, 1), why=Joined((Msg("a {x}", x=1), Ctx("a revision's standing", "in force"))),
        count=Plural("{n} file", "{n} files", n=3), found=inner, many=("a", 2), listed=[None, "b"])
    kept = marshal.loads(marshal.dumps(plain(finding)))
    assert revived(kept) == finding
    assert type(revived(kept).args["value"]) is bool and type(revived(kept).args["many"]) is tuple


@pytest.mark.parametrize("value", [TimeUnit.WORKING_DAYS, dt.datetime(2026, 7, 1, 9), {"a": 1}])
def test_a_value_that_would_come_back_otherwise_is_not_plain(value):
    with pytest.raises(NotPlain):
        plain(rules.BAD_VALUE.at("documents/b.yaml", 2, field="kind", value=value, allowed="a"))
