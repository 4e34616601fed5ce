"""The message catalogue (isodocs/i18n): every sentence a person reads is in it, in Vietnamese
and English, and nowhere else."""

from __future__ import annotations

import ast
import importlib.util
import re
import string
from pathlib import Path

import pytest

import isodocs
from isodocs.i18n import Ctx, Joined, Msg, Plural, catalogue

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = Path(isodocs.__file__).resolve().parent
VIET = re.compile("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĐĂÂÊÔƠƯ]")
MARKERS = {"Msg", "Ctx", "Plural", "N_"}
# Vietnamese that is data, not a sentence of the program: the standard's clause titles, the fixed
# header every approval record carries (part of the record format), the heading of the
# bilingual page docs/rules.md; and the text that probes whether a stream can print Vietnamese.
DATA = {("model/iso9001.py", "_TABLE"), ("history/gitwrite.py", "record_file"), ("render/text/rules.py", "rules_markdown"),
        ("cli/edge.py", "_holds_vietnamese"), ("render/compiled/labels_code.py", "root")}  # the labels table, compiled


def tool():
    spec = importlib.util.spec_from_file_location("catalogue_tool", ROOT / "tools" / "catalogue.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_catalogues_are_complete_in_step_and_compiled(capsys):
    """Every sentence of the code (and of the installed click) has a Vietnamese translation that
    is not fuzzy, the .po files are what the code asks for, and the .mo files are compiled from
    them: `python tools/catalogue.py update` mends the last two."""
    assert tool().check() == 0, capsys.readouterr().out


def test_translations_ask_for_the_same_values():
    found = tool().catalogues()
    for (lang, domain), catalog in found.items():
        for message in catalog:
            if not message.id:
                continue
            ids = message.id if isinstance(message.id, tuple) else (message.id,)
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            wanted = set().union(*(fields(i) for i in ids))
            for text in strings:
                if domain == "click":  # click formats with {name!r}; a plural may drop one of two names
                    assert fields(text) <= wanted, (lang, domain, ids, text)
                else:
                    assert fields(text) == wanted, (lang, domain, ids, text)


def _literals():
    """(module, line, call, first arguments) of every catalogue marker in the package."""
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.parent.name == "i18n":  # the markers themselves
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in MARKERS:
                count = {"Plural": 2, "Ctx": 2}.get(node.func.id, 1)
                yield path.relative_to(PACKAGE).as_posix(), node.lineno, node.func.id, node.args[:count]


def test_every_sentence_is_written_where_the_extractor_reads_it():
    """A marker's text is a plain string literal (not an f-string or a name), a valid template
    whose values have plain names: otherwise Babel could not extract it, or `say` could not fill it."""
    seen = 0
    for module, line, call, args in _literals():
        seen += 1
        for arg in args:
            assert isinstance(arg, ast.Constant) and isinstance(arg.value, str), f"{module}:{line}: {call}"
            for name in fields(arg.value):
                assert re.fullmatch(r"[a-z_][a-z0-9_]*", name), f"{module}:{line}: {{{name}}}"
    assert seen > 300


def test_no_sentence_is_hidden_inside_an_f_string():
    """Python 3.12 reads inside f-strings and 3.11 does not: a Msg written inside one is extracted
    by one and missed by the other (then shown untranslated)."""
    hidden = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                hidden += [f"{path.relative_to(PACKAGE)}:{inner.lineno}" for inner in ast.walk(node)
                           if isinstance(inner, ast.Call) and isinstance(inner.func, ast.Name)
                           and inner.func.id in MARKERS]
    assert hidden == []


def test_no_sentence_is_built_outside_the_catalogue():
    """Vietnamese appears in the package only inside the catalogue (and as data): a sentence
    written in code would be shown whatever the reader's language."""
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = path.relative_to(PACKAGE).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        allowed = set()
        for node in ast.walk(tree):  # docstrings, and the data DATA names
            body = getattr(node, "body", None)
            if isinstance(body, list) and body and isinstance(body[0], ast.Expr) \
                    and isinstance(body[0].value, ast.Constant):
                allowed.add(id(body[0].value))
            name = getattr(node, "name", None) or next(
                (t.id for t in getattr(node, "targets", []) if isinstance(t, ast.Name)), None)
            if (module, name) in DATA:
                allowed |= {id(n) for n in ast.walk(node)}
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in MARKERS:
                allowed |= {id(n) for n in node.args}
        for node in ast.walk(tree):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in allowed
                    and VIET.search(node.value) and " " in node.value.strip()):
                offenders.append(f"{module}:{node.lineno}: {node.value[:60]!r}")
    assert offenders == []


def test_messages_are_said_in_each_language():
    assert Msg("The file is empty.").say("vi") == "Tệp không có nội dung."
    assert Msg("The file is empty.").say("en") == "The file is empty."
    plural = Plural("{n} document", "{n} documents", n=1)
    assert (plural.say("en"), plural.with_args().say("vi")) == ("1 document", "1 tài liệu")
    assert Plural("{n} document", "{n} documents", n=3).say("en") == "3 documents"
    # a value that is itself a sentence is said in the same language
    nested = Msg("{code}: {why}", code="QT-01", why=Msg("never approved"))
    assert (nested.say("vi"), nested.say("en")) == ("QT-01: chưa được phê duyệt", "QT-01: never approved")
    # the same English, two meanings
    assert Ctx("legal status", "expired").say("vi") == "hết hiệu lực toàn bộ"
    assert Joined((Msg("never approved"), "x")).say("vi") == "chưa được phê duyệt; x"


def test_an_unknown_language_is_refused():
    with pytest.raises(ValueError):
        catalogue("fr")
