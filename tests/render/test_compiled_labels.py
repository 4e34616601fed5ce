"""The built-in labels table shipped as the code Jinja compiles it to (isodocs/render/compiled/):
written from the table as it is, and what Jinja itself would make of it."""

from __future__ import annotations

import jinja2
import pytest

from isodocs.load.templates import BUILTIN, LANGUAGES
from isodocs.render import compiled, labels
from isodocs.render.compiled import labels as shipped
from isodocs.system import resources

PATH = f"isodocs:templates/{BUILTIN}"


def test_the_code_shipped_was_written_from_the_table_as_it_is():
    """A table changed without `python -m isodocs.render.compiled` fails here."""
    assert shipped.TABLE == compiled.digest(resources.read_text("templates", BUILTIN)), \
        "templates/labels.j2 changed: run `python -m isodocs.render.compiled`"


def _same_jinja():
    if shipped.JINJA != jinja2.__version__:
        pytest.skip(f"written by Jinja {shipped.JINJA}, {jinja2.__version__} installed")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_code_shipped_is_what_jinja_writes_in_every_language(lang):
    _same_jinja()
    code, _ = labels.builtin_code(lang)
    assert code == compiled.shipped_code()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_template_made_from_it_is_the_one_jinja_makes(monkeypatch, lang):
    """Its names, its texts in each language and where its lines are (for errors) are Jinja's own."""
    _same_jinja()
    text = resources.read_text("templates", BUILTIN)
    env = labels._translated_environment({PATH: text}, lang)
    made = compiled.template(env, PATH, text)
    own = labels._translated_environment({PATH: text}, lang).get_template(PATH)
    assert made is not None and made.name == made.filename == own.filename == PATH
    assert made.debug_info == own.debug_info
    assert made.root_render_func.__code__.co_filename == PATH  # errors name the table, not the shipped file
    assert {k: str(v) for k, v in made.module.__dict__.items() if not callable(v)} == \
        {k: str(v) for k, v in own.module.__dict__.items() if not callable(v)}
    monkeypatch.setattr(jinja2.Environment, "get_template", lambda *a, **k: pytest.fail("compiled again"))
    monkeypatch.setattr(jinja2.Environment, "compile", lambda *a, **k: pytest.fail("compiled again"))
    labels._builtin.cache_clear()
    try:
        assert labels._builtin(lang)[1].debug_info == own.debug_info
    finally:
        labels._builtin.cache_clear()


def test_a_table_changed_since_is_compiled_as_it_is(monkeypatch):
    monkeypatch.setattr(shipped, "TABLE", "another table")
    text = resources.read_text("templates", BUILTIN)
    assert compiled.template(labels._translated_environment({PATH: text}, "vi"), PATH, text) is None
    labels._builtin.cache_clear()
    try:
        assert labels._builtin("vi")[0]["code"] == "Mã hiệu"
    finally:
        labels._builtin.cache_clear()
