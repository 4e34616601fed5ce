"""Finding 6 (and 13's method repr): a repository's label templates cannot hang a build or exhaust
its memory, `check` tries them, and what cannot be used is F114, in both languages."""

from __future__ import annotations

import time

import pytest

from support.hostile import TODAY, said_cleanly, watched

PATH = "templates/labels.vi.j2"
DOUBLE = "".join("{% set a = a ~ a %}" for _ in range(40))
FAN = "".join(f"{{% macro _{chr(97 + i)}(x) %}}{{{{ _{chr(98 + i)}(x) }}}}{{{{ _{chr(98 + i)}(x) }}}}{{% endmacro %}}"
              for i in range(25))

ATTACKS = [
    ("recursive-macro", "{% macro duration(value, unit) %}{{ _r(value) }}{% endmacro %}\n"
                        "{% macro _r(x) %}{{ _r(x) }}{% endmacro %}", 2,
     "its macros call each other more than 50 levels deep", "các macro gọi lẫn nhau sâu quá 50 mức"),
    ("recursive-doubling", "{% macro duration(value, unit) %}{{ _r(value) }}{% endmacro %}\n"
                           "{% macro _r(x) %}{{ _r(x ~ x) }}{% endmacro %}", 2,
     "a text grows beyond 65536 characters", "một đoạn chữ dài quá 65536 ký tự"),
    ("concat-doubling", '{% set a = "xx" %}' + DOUBLE, 1,
     "a text grows beyond 65536 characters", "một đoạn chữ dài quá 65536 ký tự"),
    ("replace-growth", '{% set code = "x"' + '|replace("x", "xxxxxxxxxx")' * 10 + " %}", 1,
     "a text grows beyond 65536 characters", "một đoạn chữ dài quá 65536 ký tự"),
    ("list-growth", '{% set a = ["xx"] %}' + DOUBLE.replace("~", "+"), 1,
     "a text grows beyond 65536 characters", "một đoạn chữ dài quá 65536 ký tự"),
    ("fan-out", "{% macro duration(value, unit) %}{{ _a(value) }}{% endmacro %}" + FAN
                + "{% macro _z(x) %}{% endmacro %}", 1,
     "it takes more than 10000 macro calls to make one label", "cần hơn 10000 lần gọi macro để tạo một nhãn"),
    ("method-repr", "{% macro duration(value, unit) %}\n{{ value.upper }}{% endmacro %}", 2,
     "it uses a function or a macro as a value", "mẫu dùng một hàm hoặc macro làm giá trị"),
    ("loop", '{% set code = "a" %}\n{% for i in range(100000) %}x{% endfor %}', 2,
     "for is not allowed in a label template", "không được dùng for trong mẫu nhãn"),
]


@pytest.fixture
def w(tmp_path, tmp_path_factory):
    yield from watched(tmp_path, tmp_path_factory)


@pytest.mark.parametrize("name, text, line, en, vi", ATTACKS, ids=[a[0] for a in ATTACKS])
def test_a_hostile_label_template_is_a_finding_of_check_in_bounded_time(w, name, text, line, en, vi):
    w.commit({PATH: text}, "Mẫu nhãn")
    for lang, code, said in (("en", "F114 error: The label template cannot be used: ", en),
                             ("vi", "F114 lỗi: Không dùng được mẫu nhãn: ", vi)):
        started = time.monotonic()
        out = said_cleanly(w.run("check", "--today", TODAY, lang=lang), 1)
        assert time.monotonic() - started < 30
        assert f"{PATH}:{line}: {code}{said}" in out, out
    out = said_cleanly(w.run("build", "--draft", "--today", TODAY), 1)
    assert "the manual has errors; nothing was built" in out and not (w.root / "build").exists()


def test_a_template_that_only_changes_words_still_builds(w):
    w.commit({PATH: '{% set code = "Số hiệu" %}\n{% macro duration(value, unit) %}{{ value }} {{ unit|upper }}'
                    '{% endmacro %}'}, "Mẫu nhãn")
    said_cleanly(w.run("check", "--today", TODAY), 0)
    said_cleanly(w.run("build", "--draft", "--today", TODAY), 0)
