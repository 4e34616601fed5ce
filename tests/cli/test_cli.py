"""The command line (isodocs/cli/) beyond the transcripts: defaults, formats, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from conftest import CONFIG, POLICY, POLICY_PATH, PROCEDURE, PROCEDURE_PATH, git_commit, git_init, invoke, make_manual

from isodocs.cli import exitcodes

ANSI = "\x1b["


def test_exit_codes_are_the_documented_ones():
    assert (exitcodes.OK, exitcodes.FINDINGS, exitcodes.CANNOT_RUN) == (0, 1, 2)


def test_check_defaults_to_the_current_folder(manual):
    result = invoke(["check"], cwd=manual)
    assert result.exit_code == 0
    assert result.stdout == "Không có lỗi; đã kiểm tra 3 tài liệu và 5 văn bản pháp luật.\n"
    result = invoke(["check", "--format", "json"], cwd=manual)
    assert json.loads(result.stdout)["manual"] == "."


def test_check_in_a_folder_without_a_manual(tmp_path):
    result = invoke(["check", "--lang", "en"], cwd=tmp_path)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("isodocs: no manual at ") and "isodocs.yaml" in result.stderr


def test_language_defaults_to_the_manual_and_yields_to_the_option(tmp_path):
    root = make_manual(tmp_path, {"isodocs.yaml": CONFIG.replace("language: vi", "language: en"),
                                  PROCEDURE_PATH: PROCEDURE.replace("prepared_by: lan.nt", "prepared_by: zzz")},
                       standard=True)
    english = invoke(["check", "-C", str(root)])
    assert "D304 error: `prepared_by`: `zzz` is not listed under people" in english.stdout
    assert english.stdout.endswith("1 error, 0 warnings; checked 3 documents and 5 legal entries.\n")
    vietnamese = invoke(["check", "-C", str(root), "--lang", "vi"])
    assert "D304 lỗi: `prepared_by`: `zzz` không có trong danh sách people" in vietnamese.stdout
    assert vietnamese.stdout.endswith("1 lỗi, 0 cảnh báo; đã kiểm tra 3 tài liệu và 5 văn bản pháp luật.\n")


def test_a_broken_configuration_exits_1_and_says_why(tmp_path):
    root = make_manual(tmp_path, {"isodocs.yaml": "~\n"}, standard=True)
    result = invoke(["check", "-C", str(root), "--lang", "en"])
    assert result.exit_code == 1
    assert result.stdout == ("isodocs.yaml:1: F101 error: The file is empty.\n"
                             "    hint: Write the document's keys into it, or delete the file.\n"
                             "1 error, 0 warnings; checked 0 documents and 0 legal entries.\n")


def test_json_is_complete(tmp_path):
    root = make_manual(tmp_path, {PROCEDURE_PATH: PROCEDURE + "reviewd_by: x\n"}, standard=True)
    result = invoke(["check", "-C", str(root), "--format", "json", "--lang", "vi"])
    assert result.exit_code == 0
    payload = json.loads(result.stdout)
    assert payload["manual"] == str(root) and payload["commit"] is None
    assert payload["summary"] == {"errors": 0, "warnings": 1, "documents": 3, "legal_entries": 5}
    assert payload["diagnostics"] == [{
        "code": "S208", "rule": "unknown-key", "severity": "warning", "path": PROCEDURE_PATH, "line": 32, "column": 1,
        "message": "Khóa `reviewd_by` không được hỗ trợ và sẽ bị bỏ qua.", "hint": "Có phải ý bạn là `reviewed_by`?"}]


def test_json_of_a_revision_names_its_commit(tmp_path):
    repo = git_init(tmp_path / "repo")
    commit = git_commit(repo, {"isodocs.yaml": CONFIG, POLICY_PATH: POLICY}, "lần 1")
    result = invoke(["check", "-C", str(tmp_path / "repo"), "--rev", "main", "--format", "json"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["commit"] == str(commit)


def test_rev_with_an_unknown_revision_exits_2_with_a_clear_message(tmp_path):
    repo = git_init(tmp_path / "repo")
    git_commit(repo, {"isodocs.yaml": CONFIG}, "lần 1")
    result = invoke(["check", "-C", str(tmp_path / "repo"), "--rev", "v9.9", "--lang", "en"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == f"isodocs: 'v9.9' names no commit, branch or tag in {tmp_path / 'repo' / '.git'}/\n"


def test_no_colour_when_not_a_terminal(tmp_path, monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    root = make_manual(tmp_path, {PROCEDURE_PATH: ""}, standard=True)
    result = invoke(["check", "-C", str(root)])
    assert result.exit_code == 1 and ANSI not in result.stdout


def test_colour_on_a_terminal_unless_no_color(tmp_path, monkeypatch):
    """The real rule (cli.console.colour) with a stream that says it is a terminal."""
    import click.testing

    root = make_manual(tmp_path, {PROCEDURE_PATH: ""}, standard=True)
    assert ANSI not in invoke(["check", "-C", str(root)]).stdout  # not a terminal
    monkeypatch.setattr(click.testing._NamedTextIOWrapper, "isatty", lambda self: True)
    monkeypatch.delenv("NO_COLOR", raising=False)
    coloured = invoke(["check", "-C", str(root)])
    assert ANSI in coloured.stdout
    monkeypatch.setenv("NO_COLOR", "1")
    assert ANSI not in invoke(["check", "-C", str(root)]).stdout


def test_version_and_help(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)  # no manual here: Vietnamese unless told
    monkeypatch.delenv("ISODOCS_LANG", raising=False)
    version = invoke(["--version"])
    assert version.exit_code == 0 and "0.1.0" in version.stdout
    helptext = invoke(["--help"])
    assert helptext.exit_code == 0
    assert "check" in helptext.stdout and "rules" in helptext.stdout
    assert helptext.stdout.startswith("Cách dùng: ") and "Mã thoát" in helptext.stdout
    monkeypatch.setenv("ISODOCS_LANG", "en")
    english = invoke(["--help"])
    assert english.stdout.startswith("Usage: ") and "Exit codes" in english.stdout


def test_rules_lists_every_rule_once():
    from isodocs.diagnostics.rules import ALL

    result = invoke(["rules", "--lang", "en"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines] == list(ALL)


@pytest.mark.parametrize("code", ["F101", "S203", "D307", "D315", "L404", "P501", "O701"])
def test_explain_and_rules_explain_each_the_same_way(code):
    """`isodocs explain CODE` and `isodocs rules CODE` print one text: the message, why, the hints
    and the example's fragments, in the reader's language; the code in any case."""
    from isodocs.diagnostics.examples import example
    from isodocs.diagnostics.rules import ALL
    from isodocs.render.text.diagnostics import severity_word

    rule = ALL[code]
    for lang in ("vi", "en"):
        result = invoke(["explain", code.lower(), "--lang", lang])
        assert result.exit_code == 0
        assert invoke(["rules", code, "--lang", lang]).stdout == result.stdout
        assert result.stdout.startswith(f"{code} {rule.name} ({severity_word(rule.severity, lang)})\n")
        assert rule.message.template(lang) in result.stdout
        assert rule.doc.say(lang) in result.stdout
        found = example(code)
        for side in (found.wrong, found.right):
            assert f"  # {side.note.say(lang)}\n" in result.stdout
            for change in side.files:
                assert "".join(f"    {line}\n" for line in change.shown.splitlines()) in result.stdout


def test_explain_speaks_the_language_of_the_environment(monkeypatch):
    monkeypatch.setenv("ISODOCS_LANG", "en")
    assert invoke(["explain", "P504"]).stdout.startswith("P504 step-without-time (warning)\nStep {no} has no time")
    monkeypatch.setenv("ISODOCS_LANG", "vi")
    assert invoke(["explain", "P504"]).stdout.startswith("P504 step-without-time (cảnh báo)\n")


def test_explain_as_json_says_the_same():
    import json

    from isodocs.diagnostics.rules import ALL

    result = invoke(["explain", "d315", "--format", "json", "--lang", "en"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert (data["code"], data["rule"], data["severity"]) == ("D315", "approved-content-changed", "error")
    assert data["why"] == ALL["D315"].doc.say("en")
    assert data["examples"]["approved"]["note"] == "Revision 2 of QT-HT-01 was approved."
    [wrong] = data["examples"]["wrong"]["files"]
    assert wrong["path"] == "documents/QT-HT-01.yaml" and "revision: 2\n" in wrong["text"]


@pytest.mark.parametrize("args", [["explain", "Z999"], ["rules", "z999"]])
def test_an_unknown_code_cannot_be_explained(args):
    result = invoke([*args, "--lang", "en"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "no rule z999" in result.stderr.lower()


def test_explain_needs_a_code():
    result = invoke(["explain", "--lang", "en"])
    assert result.exit_code == 2
    assert "Missing argument 'CODE'" in result.stderr


def test_the_installed_command_end_to_end(tmp_path):
    """Through a real process: exit codes reach the shell, and no traceback on bad input."""
    root = make_manual(tmp_path, {PROCEDURE_PATH: b"\xff\xfe" + PROCEDURE.encode("utf-16-le")}, standard=True)
    env = {**os.environ, "NO_COLOR": "1"}
    bad = subprocess.run([sys.executable, "-m", "isodocs", "check", str(root), "--lang", "en"],
                         capture_output=True, text=True, env=env, timeout=60)
    assert bad.returncode == 1, bad.stderr
    assert "F102 error" in bad.stdout and "Traceback" not in bad.stdout + bad.stderr
    missing = subprocess.run([sys.executable, "-m", "isodocs", "check", str(tmp_path / "nowhere")],
                             capture_output=True, text=True, env=env, timeout=60)
    assert missing.returncode == 2 and missing.stdout == "" and "Traceback" not in missing.stderr


def test_an_internal_error_is_not_mistaken_for_findings(manual, monkeypatch):
    import isodocs.check

    def boom(loaded, *args):
        raise RuntimeError("bug")

    monkeypatch.setattr(isodocs.check, "check", boom)
    monkeypatch.delenv("ISODOCS_DEBUG", raising=False)
    result = invoke(["check", "-C", str(manual), "--lang", "en"])
    assert result.exit_code == 2
    assert "internal error" in result.output and "RuntimeError: bug" in result.output
    assert "Traceback" not in result.output


def test_a_reader_that_stops_early_is_not_an_error(monkeypatch):
    """`isodocs rules | head -1`: when the pipe closes, isodocs stops quietly, exit 0."""
    import isodocs.cli.manual

    def closed(text, err=False):
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(isodocs.cli.manual, "say", closed)  # where `rules` lives
    result = invoke(["rules", "--lang", "en"])
    assert result.exit_code == 0
    assert "internal error" not in result.output
