"""The command line (isodocs/cli/) beyond the transcripts: defaults, formats, exit codes."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from support.cli import installed, invoke, run_installed
from support.git import git_commit, git_init
from support.manual import CONFIG, POLICY, POLICY_PATH, PROCEDURE, PROCEDURE_PATH, make_manual

ANSI = "\x1b["


def documented_exit_codes(helptext: str, heading: str = "Exit codes") -> dict[int, str]:
    """The exit codes a help text lists: "Exit codes: 0 success, 1 ..., 2 ..." -> {0: "success", ...}."""
    found = re.search(heading + r": (.*?)\.(?:\n\n|$)", " ".join(helptext.split("\n  ")), re.S)
    assert found, helptext
    return {int(code): meaning for code, meaning in re.findall(r"(\d) ([^,]+)", " ".join(found.group(1).split()))}


def test_the_exit_codes_the_help_documents_are_what_the_shell_sees(tmp_path):
    english = {"ISODOCS_LANG": "en"}
    helptext = run_installed(["--help"], env=english).stdout
    documented = documented_exit_codes(helptext)
    assert documented == {0: "success", 1: "the manual has errors", 2: "the command could not run"}
    clean = make_manual(tmp_path, standard=True, name="clean")
    errors = make_manual(tmp_path, {PROCEDURE_PATH: PROCEDURE.replace("prepared_by: lan.nt", "prepared_by: zzz")},
                         standard=True, name="errors")
    assert run_installed(["check", "-C", str(clean)], env=english).code == 0
    assert run_installed(["check", "-C", str(errors)], env=english).code == 1
    assert run_installed(["build", "--draft", "-C", str(errors), "-o", str(tmp_path / "out")], env=english).code == 1
    assert run_installed(["check", "-C", str(tmp_path / "nowhere")], env=english).code == 2
    assert run_installed(["check", "--no-such-option"], env=english).code == 2
    vietnamese = documented_exit_codes(run_installed(["--help"], env={"ISODOCS_LANG": "vi"}).stdout, "Mã thoát")
    assert vietnamese == {0: "thành công", 1: "sổ tay còn lỗi", 2: "lệnh không chạy được"}


def test_diffs_exit_codes_are_the_ones_its_help_documents(tmp_path):
    repo = git_init(tmp_path / "repo")
    git_commit(repo, {"isodocs.yaml": CONFIG, POLICY_PATH: POLICY}, "lần 1")
    repo.references.create("refs/tags/v1", repo.head.target)
    git_commit(repo, {"isodocs.yaml": CONFIG, POLICY_PATH: POLICY.replace("đúng hạn", "đúng hạn, công khai")}, "lần 2")
    documented = documented_exit_codes(invoke(["diff", "--help", "--lang", "en"]).stdout)
    assert documented == {0: "nothing changed", 1: "something did", 2: "the diff could not run"}
    where = ["-C", str(tmp_path / "repo")]
    assert invoke(["diff", *where, "HEAD", "HEAD"]).exit_code == 0
    assert invoke(["diff", *where, "v1", "HEAD"]).exit_code == 1
    assert invoke(["diff", *where, "v9", "HEAD"]).exit_code == 2


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
                             "1 error, 0 warnings; checked 3 documents and 5 legal entries.\n")


def test_json_is_complete(tmp_path):
    root = make_manual(tmp_path, {PROCEDURE_PATH: PROCEDURE + "reviewd_by: x\n"}, standard=True)
    result = invoke(["check", "-C", str(root), "--format", "json", "--lang", "vi"])
    assert result.exit_code == 0
    payload = json.loads(result.stdout)
    assert payload["manual"] == str(root) and payload["commit"] is None
    assert payload["summary"] == {"errors": 0, "warnings": 1, "documents": 3, "unread_documents": [],
                                  "legal_entries": 5}
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


def without_ansi(text: str) -> str:
    return re.sub(r"\x1b\[[0-9;]*m", "", text)


@pytest.fixture
def errors(tmp_path):
    """A manual with one error, so that `check` prints a finding to colour."""
    return make_manual(tmp_path, {PROCEDURE_PATH: PROCEDURE.replace("prepared_by: lan.nt", "prepared_by: zzz")},
                       standard=True)


def test_no_colour_when_not_a_terminal(errors):
    result = run_installed(["check", "-C", str(errors), "--lang", "en"], env={"NO_COLOR": None})
    assert result.code == 1 and "D304 error" in result.stdout and ANSI not in result.stdout


def test_colour_on_a_terminal_unless_no_color(errors):
    """The real rule, in the installed command: a terminal gets colour, unless NO_COLOR is set;
    the words are the same either way."""
    args = ["check", "-C", str(errors), "--lang", "en"]
    coloured = run_installed(args, env={"NO_COLOR": None}, terminal=["stdout"])
    assert coloured.code == 1
    assert "\x1b[31m\x1b[1merror\x1b[0m" in coloured.stdout  # the severity in bold red
    plain = run_installed(args, env={"NO_COLOR": "1"}, terminal=["stdout"])
    assert plain.code == 1 and ANSI not in plain.stdout
    assert without_ansi(coloured.stdout) == plain.stdout == run_installed(args, env={"NO_COLOR": None}).stdout


def test_each_stream_is_coloured_only_when_it_is_a_terminal(errors, tmp_path):
    """`build` prints its findings to stderr: colour there follows stderr, not stdout."""
    args = ["build", "--draft", "-C", str(errors), "-o", str(tmp_path / "out"), "--lang", "en"]
    on_stderr = run_installed(args, env={"NO_COLOR": None}, terminal=["stderr"])
    assert on_stderr.code == 1 and "D304" in on_stderr.stderr and ANSI in on_stderr.stderr
    on_stdout = run_installed(args, env={"NO_COLOR": None}, terminal=["stdout"])
    assert on_stdout.code == 1 and "D304" in on_stdout.stderr and ANSI not in on_stdout.stderr
    assert without_ansi(on_stderr.stderr) == on_stdout.stderr


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


@pytest.mark.parametrize("command", ["check", "build", "status", "coverage"])
def test_the_usage_line_shows_the_manual_folder_as_every_command_takes_it(command):
    """The old positional PATH still works (a transcript shows its notice) but is not taught."""
    result = invoke([command, "--help", "--lang", "en"])
    assert result.exit_code == 0
    assert result.stdout.startswith("Usage: ") and f" {command} [OPTIONS]\n" in result.stdout.splitlines(True)[0]
    assert "-C, --manual DIRECTORY" in result.stdout


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


@pytest.mark.parametrize("args", [["rules"], ["check", "--lang", "en"]])
def test_a_reader_that_stops_early_is_not_an_error(args, manual):
    """`isodocs rules | head -0`: the pipe is closed before isodocs writes its first line; it
    stops quietly, exit 0, nothing on stderr."""
    command = [*installed(), *args] + (["-C", str(manual)] if args[0] == "check" else [])
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.close()  # long before the process has started writing
    stderr = process.communicate(timeout=60)[1].decode("utf-8")
    assert (process.returncode, stderr) == (0, "")
