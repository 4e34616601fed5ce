"""The rule catalogue itself (isodocs/diagnostics/rules.py): codes, names, and texts in both languages."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

import isodocs
from isodocs.diagnostics import Rule, Severity, rules
from isodocs.i18n import Msg

PACKAGE = Path(isodocs.__file__).parent
GROUPS = {"F": "1", "S": "2", "D": "3", "L": "4", "P": "5", "C": "6", "O": "7"}
ALL = list(rules.ALL.values())


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_catalogue_is_not_empty_and_keyed_by_code():
    assert len(rules.ALL) >= 40
    for code, rule in rules.ALL.items():
        assert isinstance(rule, Rule)
        assert rule.code == code


@pytest.mark.parametrize("rule", ALL, ids=lambda r: r.code)
def test_code_is_well_formed_and_in_its_group(rule):
    assert re.fullmatch(r"[FSCDLPO][0-9]{3}", rule.code)
    assert rule.code[1] == GROUPS[rule.code[0]], "the hundreds digit names the group"


def test_codes_and_names_are_unique():
    codes = [r.code for r in ALL]
    names = [r.name for r in ALL]
    assert len(set(codes)) == len(codes)
    assert len(set(names)) == len(names)


def test_declaring_a_code_twice_is_refused():
    """A real check, not an assert (which `python -O` would remove)."""
    with pytest.raises(rules.DuplicateCode):
        rules.rule("F101", "again", Severity.ERROR, Msg("The file is empty."))
    assert rules.ALL["F101"] is rules.EMPTY_FILE


def test_the_duplicate_check_survives_python_O():
    import subprocess
    import sys

    code = ("from isodocs.diagnostics import rules\nfrom isodocs.i18n import Msg\n"
            "try:\n    rules.rule('F101', 'x', rules.E, Msg('x'))\nexcept rules.DuplicateCode:\n    print('refused')")
    out = subprocess.run([sys.executable, "-O", "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "refused", out.stderr


@pytest.mark.parametrize("rule", ALL, ids=lambda r: r.code)
def test_name_severity_and_texts(rule):
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", rule.name)
    assert isinstance(rule.severity, Severity)
    assert rule.hints, "every rule tells the user what to do"
    for text in (rule.message, *rule.hints):
        assert isinstance(text, Msg) and not text.args
        en, vi = text.template("en"), text.template("vi")
        assert en.strip() and vi.strip()
        assert en != vi or placeholders(en) == {"field", "detail"}  # S210 is all arguments


@pytest.mark.parametrize("rule", ALL, ids=lambda r: r.code)
def test_every_text_formats_in_both_languages(rule):
    """Templates are well formed, and English and Vietnamese ask for the same arguments."""
    for text in (rule.message, *rule.hints):
        en, vi = placeholders(text.template("en")), placeholders(text.template("vi"))
        assert en == vi, (rule.code, en, vi)
        args = {name: f"<{name}>" for name in en | vi}
        for lang in ("en", "vi"):
            out = text.template(lang).format_map(args)
            assert not re.search(r"\{[a-z_]+\}", out), out
            for name in placeholders(text.template(lang)):
                assert f"<{name}>" in out


@pytest.mark.parametrize("rule", ALL, ids=lambda r: r.code)
def test_diagnostic_message_and_hint_in_both_languages(rule):
    args = {name: "X" for t in (rule.message, *rule.hints) for lang in ("en", "vi")
            for name in placeholders(t.template(lang))}
    d = rule.at("documents/a.yaml", 3, 5, **args)
    assert d.message("vi") != d.message("en") or rule.code == "S210"
    assert d.hint("vi") and d.hint("en")
    data = d.to_json("vi")
    assert data["code"] == rule.code and data["severity"] == rule.severity.value
    assert (data["path"], data["line"], data["column"]) == ("documents/a.yaml", 3, 5)


def test_hint_falls_back_when_an_optional_argument_is_absent():
    with_suggestion = rules.UNKNOWN_KEY.at("x.yaml", 1, key="scop", where="", suggestion="scope")
    without = rules.UNKNOWN_KEY.at("x.yaml", 1, key="zzz", where="")
    assert with_suggestion.hint("en") == "Did you mean `scope`?"
    assert without.hint("en") == "Check the spelling, or remove the key."
    assert without.hint("vi") == "Kiểm tra chính tả, hoặc xóa khóa này."
    # a rule whose only hint needs a missing argument shows no hint rather than failing
    assert rules.NOT_REVIEWER.at("x.yaml", 1, person="x").hint("en") == ""
    # a value with no close spelling gets the general hint
    assert rules.BAD_VALUE.at("x.yaml", 1, field="kind", value="x", allowed="a, b").hint("en").startswith("Write one")


# --- the arguments the rules really pass -------------------------------------------------------

def _call_sites():
    """(file, line, rule name, keyword names, has **kwargs) of every `rules.X.at(...)`,
    `ctx.at(rules.X, ...)` and `Issue(rules.X, keys, {...})` in the package."""
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "rules.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            rule = None
            if (isinstance(func, ast.Attribute) and func.attr == "at" and isinstance(func.value, ast.Attribute)
                    and isinstance(func.value.value, ast.Name) and func.value.value.id == "rules"):
                rule = func.value.attr  # rules.X.at(path, ..., key=...)
            elif (isinstance(func, ast.Attribute) and func.attr == "at" and node.args
                  and isinstance(node.args[0], ast.Attribute) and isinstance(node.args[0].value, ast.Name)
                  and node.args[0].value.id == "rules"):
                rule = node.args[0].attr  # ctx.at(rules.X, path, keys, key=...)
            elif isinstance(func, ast.Name) and func.id == "Issue" and len(node.args) >= 3:
                # Issue(rules.X, keys, {"key": ...}); the rule may be chosen by an `if` expression
                named = [n.attr for n in ast.walk(node.args[0])
                         if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name) and n.value.id == "rules"]
                literal = isinstance(node.args[2], ast.Dict)
                keys = {k.value for k in node.args[2].keys if isinstance(k, ast.Constant)} if literal else set()
                for rule in named:
                    yield path.name, node.lineno, rule, keys, not literal or None in node.args[2].keys
                continue
            if rule is not None:
                keys = {k.arg for k in node.keywords if k.arg}
                dynamic = any(k.arg is None for k in node.keywords)
                yield path.name, node.lineno, rule, keys, dynamic


CALL_SITES = list(_call_sites())


def test_call_sites_were_found():
    assert len(CALL_SITES) > 40
    names = {site[2] for site in CALL_SITES}
    assert {"MISSING_KEY", "QUOTE_TEXT", "STEPS_EXCEED_LIMIT", "NOT_UTF8"} <= names


def test_every_rule_is_emitted_somewhere():
    """Each rule is named outside the registry: by a call site, or (impact's L410-L412, chosen by
    what changed) where a finding is given its rule."""
    named = {node.attr for path in PACKAGE.rglob("*.py") if path.name != "rules.py"
             for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
             if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "rules"}
    by_code = {getattr(rules, name).code for name in named if isinstance(getattr(rules, name, None), Rule)}
    assert set(rules.ALL) - by_code == set()


@pytest.mark.parametrize("site", [s for s in CALL_SITES if not s[4]], ids=lambda s: f"{s[0]}:{s[1]}:{s[2]}")
def test_call_site_passes_every_argument_the_message_needs(site):
    file, line, name, keys, _ = site
    rule = getattr(rules, name)
    for lang in ("en", "vi"):
        needed = placeholders(rule.message.template(lang))
        assert needed <= keys, f"{file}:{line} {rule.code} {lang} message needs {needed - keys}"
    # and at least one hint can be shown with what is passed
    assert any(placeholders(h.template("en")) <= keys and placeholders(h.template("vi")) <= keys
               for h in rule.hints), (file, line, rule.code)


def test_docs_rules_md_is_in_step_with_the_catalogue():
    """docs/rules.md is generated: `isodocs rules --format markdown > docs/rules.md`."""
    from support.cli import invoke

    docs = Path(__file__).resolve().parents[2] / "docs" / "rules.md"
    result = invoke(["rules", "--format", "markdown"])
    assert result.exit_code == 0
    assert docs.read_text(encoding="utf-8") == result.stdout, "regenerate docs/rules.md"
