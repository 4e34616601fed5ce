"""Labels from the Jinja2 templates (with a manual's overrides) and printed values."""

from __future__ import annotations

import datetime as dt
import re

import jinja2
import pytest
from jinja2 import nodes

from isodocs import model as m
from isodocs.i18n import formats as f
from isodocs.render.labels import TemplateProblem, duration, labels_for, working_time
from isodocs.render.labels import place as place_in
from isodocs.system import resources

from support.model import small_manual


def with_template(text: str, lang: str = "vi") -> m.Manual:
    return small_manual(templates=m.frozen_map({f"labels.{lang}.j2": text}))


# Names whose default is the same in every language: data (the unit words found in Vietnamese
# agencies' names) and patterns of values without a word in them.
SAME_IN_EVERY_LANGUAGE = {"place_units", "self_standing", "document_heading", "document_citation", "duration", "result",
                          "redline_revisions"}


def test_the_built_in_table_holds_no_word_outside_the_catalogue():
    """templates/labels.j2: every label is a catalogue entry, and the text a macro writes around
    its entries holds no letters, so nothing in it stays in one language."""
    env = jinja2.Environment(extensions=["jinja2.ext.i18n"])
    tree = env.parse(resources.read_text("templates", "labels.j2"))
    plain = {node.target.name for node in tree.body if isinstance(node, nodes.Assign)
             and isinstance(node.node, nodes.Const)}
    assert plain == {"place_units", "self_standing"}
    for macro in tree.find_all(nodes.Macro):
        for data in macro.find_all(nodes.TemplateData):
            assert not re.search(r"[^\W\d_]", data.data), (macro.name, data.data)
        for const in macro.find_all(nodes.Const):
            if isinstance(const.value, str) and re.search(r"[^\W\d_]", const.value):
                assert const.value in ("vi",) or any(  # the language's grammar, or a catalogue entry
                    call.node.name == "pgettext" and const in call.args for call in macro.find_all(nodes.Call)
                    if isinstance(call.node, nodes.Name)), (macro.name, const.value)


def test_each_language_has_its_own_words():
    vi, en = labels_for(None, "vi"), labels_for(None, "en")
    assert vi.names.keys() == en.names.keys()
    values = {"code": "QT-01", "title": "Luật", "kind": "x", "date": "01/02/2026", "decision": "1/QĐ", "number": "7",
              "holder": "A", "name": "B", "count": "02", "duration": "8", "value": "1", "unit": "u", "path": "p",
              "type": "Luật", "issued": "", "issuer": "", "year": 2026, "period": "Q1", "standard": "S", "place": "P",
              "covered": 1, "total": 2, "percent": "50", "numbers": "n", "addressed": 3, "errors": 0, "warnings": 1,
              "old": "01", "new": "02", "revision": "02", "day": 5, "month": 3}
    for name, value in vi.names.items():
        if name.startswith("_") or name in SAME_IN_EVERY_LANGUAGE:
            continue
        if callable(value):
            given = {a: values[a] for a in value.arguments}
            assert vi(name, **given) != en(name, **given), name
        else:
            assert str(value) != str(en.names[name]), name


def test_a_legal_text_is_cited_in_each_language_s_grammar():
    vi, en = labels_for(None, "vi"), labels_for(None, "en")
    law = dict(number="60/2014/QH13", type="Luật", title="Luật Hộ tịch", issued="20/11/2014", issuer="Quốc hội")
    decree = dict(number="123/2015/NĐ-CP", type="Nghị định", title="Quy định chi tiết Luật Hộ tịch", issued="15/11/2015",
                  issuer="Chính phủ")
    assert vi("legal_citation", **law) == "Luật Hộ tịch số 60/2014/QH13 ngày 20/11/2014"
    assert vi("legal_citation", **decree) == ("Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi "
                                              "tiết Luật Hộ tịch")
    assert en("legal_citation", **law) == "Luật No. 60/2014/QH13 of 20/11/2014 (Quốc hội): Luật Hộ tịch"
    assert en("legal_citation", **{**decree, "issued": "", "issuer": ""}) == ("Nghị định No. 123/2015/NĐ-CP: "
                                                                              "Quy định chi tiết Luật Hộ tịch")


def test_labels_and_sentences():
    vi, en = labels_for(None, "vi"), labels_for(None, "en")
    assert vi.kind_procedure == "QUY TRÌNH" and en.kind_procedure == "PROCEDURE"
    assert vi("duration", value="0,5", unit=vi.working_hours) == "0,5 giờ làm việc"
    assert vi("tthc_line", code="1.001193", name="Đăng ký khai sinh") == "Thủ tục hành chính: Đăng ký khai sinh (mã 1.001193)"


def test_override_changes_only_what_it_names():
    labels = labels_for(with_template('{% set code = "Số hiệu" %}\n{% macro duration(value, unit) %}{{ value }} ({{ unit }}){% endmacro %}'), "vi")
    assert labels.code == "Số hiệu"
    assert labels("duration", value="2", unit="ngày") == "2 (ngày)"
    assert labels.revision == "Lần ban hành"
    assert labels_for(with_template('{% set code = "X" %}', "en"), "vi").code == "Mã hiệu"  # other language untouched


@pytest.mark.parametrize("text, line, words", [
    ('{% set code = "a" %}\n{% set revision = %}', 2, "Expected an expression"),
    ('\n\n{% macro duration(value, unit) %}{{ nope }}{% endmacro %}', 3, "nope"),
    ('{% set kode = "a" %}', None, "kode"),
    ('{{ "".__class__.__mro__ }}', 1, "__class__"),
])
def test_template_problems_are_reported_with_place(text, line, words):
    with pytest.raises(TemplateProblem) as caught:
        labels = labels_for(with_template(text), "vi")
        labels("duration", value="1", unit="giờ")
    problem = caught.value
    assert problem.path == "templates/labels.vi.j2"
    assert problem.line == line
    assert words in str(problem.why)
    assert str(problem).startswith("templates/labels.vi.j2")


@pytest.mark.parametrize("text, line, words", [
    ('{% set code = "a" %}\n{% for i in range(100000) %}{% for j in range(100000) %}x{% endfor %}{% endfor %}', 2, "for"),
    ('{% set code = "x" * 1000000000 %}', 1, "mul"),
    ('{% set code = 10 ** 10 ** 10 %}', 1, "pow"),
    ('{% set code = "%999999999s" % "x" %}', 1, "mod"),
    ('{% set code = "x"|center(999999999) %}', 1, "center"),
    ('{% set code = lipsum(n=1000000) %}', 1, "macros"),
    ('{% set code = "x".center(999999999) %}', 1, "macros"),
    ('{% set code = range(10)|join %}', 1, "macros"),
    ("{% set code = " + "(" * 5000 + "1" + ")" * 5000 + " %}", None, ""),
])
def test_a_hostile_override_is_refused_before_it_runs(text, line, words):
    with pytest.raises(TemplateProblem) as caught:
        labels_for(with_template(text), "vi")
    assert caught.value.path == "templates/labels.vi.j2"
    assert caught.value.line == line
    assert words in str(caught.value.why)


def test_an_override_may_use_conditions_and_its_own_macros():
    text = ('{% macro _plural(n) %}{% if n == "1" %}{% else %}s{% endif %}{% endmacro %}'
            '{% macro duration(value, unit) %}{{ value }} {{ unit|upper }}{{ _plural(value) }}{% endmacro %}')
    labels = labels_for(with_template(text), "vi")
    assert labels("duration", value="2", unit="giờ") == "2 GIỜs"
    assert labels("duration", value="1", unit="giờ") == "1 GIỜ"


def test_a_macro_called_with_wrong_arguments():
    labels = labels_for(with_template("{% macro duration(amount) %}{{ amount }}{% endmacro %}"), "vi")
    with pytest.raises(TemplateProblem, match="labels.vi.j2"):
        labels("duration", value="1", unit="giờ")


def test_unknown_language():
    with pytest.raises(ValueError):
        labels_for(None, "fr")


@pytest.mark.parametrize("value, vi, en", [(0.5, "0,5", "0.5"), (8.0, "8", "8"), (2.25, "2,25", "2.25"),
                                           (1 / 3, "0,33", "0.33"), (-0.0, "0", "0")])
def test_numbers(value, vi, en):
    assert f.number(value, "vi") == vi and f.number(value, "en") == en


def test_dates_and_revisions():
    assert f.date(dt.date(2025, 7, 1)) == "01/07/2025" and f.date(None) == ""
    assert f.revision(3) == "03"


def test_durations_in_the_limit_unit():
    labels = labels_for(None, "vi")
    assert duration(m.Duration(0.5, "working_hours"), labels) == "0,5 giờ làm việc"
    assert working_time(12, "working_hours", labels) == "12 giờ làm việc"


def test_totals_in_days_are_days_and_hours_never_a_fraction_of_a_day_and_in_hours_stay_hours():
    vi = labels_for(None, "vi")
    assert working_time(17, "working_days", vi) == "2 ngày 1 giờ làm việc"  # was 2,12 ngày (2.125 rounded)
    assert working_time(17, "working_days", labels_for(None, "en")) == "2 working days and 1 hour"
    assert working_time(9, "working_hours", vi) == "9 giờ làm việc"  # beside a limit in hours, hours


def test_targets():
    assert f.target(">=", 98, "%", "vi") == "≥ 98%"
    assert f.target("<=", 2.5, "ngày", "vi") == "≤ 2,5 ngày"


@pytest.mark.parametrize("name, place", [
    ("Ủy ban nhân dân xã Tân Phú", "Tân Phú"),
    ("Sở Tư pháp tỉnh Đồng Nai", "Đồng Nai"),
    ("UBND phường Bến Thành, thành phố Hồ Chí Minh", "Hồ Chí Minh"),
    ("Văn phòng Chính phủ", ""),
])
def test_place_from_agency_name(name, place):
    assert place_in(name, labels_for(None, "vi").place_units) == place


@pytest.mark.parametrize("day, vi, en", [
    (dt.date(2026, 12, 1), "Tân Phú, ngày 01 tháng 12 năm 2026", "Tân Phú, 01/12/2026"),
    (dt.date(2026, 3, 5), "Tân Phú, ngày 05 tháng 3 năm 2026", "Tân Phú, 05/3/2026"),
    (dt.date(2026, 2, 15), "Tân Phú, ngày 15 tháng 02 năm 2026", "Tân Phú, 15/02/2026"),
])
def test_the_place_and_date_line_as_nd_30_writes_it(day, vi, en):
    """A day below 10, and the months January and February, with a leading 0."""
    from isodocs.render.docx.common import Page
    from isodocs.render.docx.letterhead import place_date

    for lang, said in (("vi", vi), ("en", en)):
        ctx = Page(small_manual(), labels_for(None, lang), 9000, None)
        assert place_date(ctx, day) == said
