"""A check's findings kept (isodocs/commands/kept_check.py): a re-check of an unchanged manual
reads no document and says the same; any change to what decides the findings checks again."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from isodocs import commands
from isodocs.commands import kept_check
from isodocs.commands import manual as manual_commands
from isodocs.diagnostics import rules

from support.cli import invoke
from support.git import git_commit, git_init
from support.judged import judged, noting_judged
from support.manual import PROCEDURE_PATH, make_manual, replace_line, standard_bytes

TODAY = dt.date(2026, 7, 1)


@pytest.fixture(autouse=True)
def _cache_on(monkeypatch, tmp_path):
    monkeypatch.setenv("ISODOCS_CACHE", "1")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache-home"))


class Reads:
    """Counts the loads `check` makes (a recalled check makes none)."""

    def __init__(self, monkeypatch):
        self.count = 0
        real = manual_commands.load

        def counted(*args, **kwargs):
            self.count += 1
            return real(*args, **kwargs)

        monkeypatch.setattr(manual_commands, "load", counted)


def checked_twice(root: Path, reads: Reads, today: dt.date = TODAY) -> tuple:
    first = commands.check(str(root), today=today)
    before = reads.count
    second = commands.check(str(root), today=today)
    return first, second, reads.count - before


def test_an_unchanged_manual_is_not_read_again_and_says_the_same(tmp_path, monkeypatch):
    root = make_manual(tmp_path, {PROCEDURE_PATH: replace_line(standard_bytes()[PROCEDURE_PATH].decode(),
                                                               "code: QT-HT-01", "code: qt-ht-01")}, standard=True)
    reads = Reads(monkeypatch)
    first, second, loads = checked_twice(root, reads)
    assert rules.CODE_PATTERN.code in {d.code for d in first.diagnostics}
    assert loads == 0 and second == first


def test_the_cli_says_the_same_from_what_was_kept(tmp_path, monkeypatch):
    root = make_manual(tmp_path, standard=True)
    reads = Reads(monkeypatch)
    runs = [invoke(["check", "-C", str(root), "--today", "2026-07-01", "--lang", "en", *fmt])
            for fmt in ([], ["--format", "json"]) for _ in range(2)]
    assert reads.count == 1  # the other three came from the cache
    assert runs[0].output == runs[1].output
    assert "checked 3 documents and 5 legal entries" in runs[0].output, runs[0].output
    assert runs[2].output == runs[3].output and json.loads(runs[2].output)["summary"]["documents"] == 3


def test_a_changed_file_is_checked_again(tmp_path, monkeypatch):
    root = make_manual(tmp_path, standard=True)
    reads = Reads(monkeypatch)
    assert commands.check(str(root), today=TODAY).diagnostics == ()
    path = root / PROCEDURE_PATH
    path.write_text(replace_line(path.read_text("utf-8"), "code: QT-HT-01", "code: qt-ht-01"), "utf-8")
    again = commands.check(str(root), today=TODAY)
    assert reads.count == 2 and rules.CODE_PATTERN.code in {d.code for d in again.diagnostics}
    (root / "documents" / "extra.yaml").write_text("not: [closed\n", "utf-8")  # a new file
    assert rules.YAML_SYNTAX.code in {d.code for d in commands.check(str(root), today=TODAY).diagnostics}
    assert reads.count == 3


def test_after_one_change_the_rules_alone_judge_that_document_until_the_settings_or_isodocs_change(tmp_path,
                                                                                                   monkeypatch):
    """Each document's findings of the rules that judge one document at a time are kept by its
    bytes, the manual's settings and isodocs; a check after one change says what a check that
    keeps nothing says."""
    root = make_manual(tmp_path, standard=True)
    log = tmp_path / "judged"
    noting_judged(monkeypatch, log)
    commands.check(str(root), today=TODAY)
    every = sorted(judged(log))
    assert PROCEDURE_PATH in every and len(every) == 3
    path = root / PROCEDURE_PATH
    path.write_text(replace_line(path.read_text("utf-8"), "approved_by: minh.lv", "approved_by: lan.nt"), "utf-8")
    changed = commands.check(str(root), today=TODAY)
    assert judged(log) == [PROCEDURE_PATH]
    assert rules.APPROVER_IS_PREPARER.code in {d.code for d in changed.diagnostics}
    monkeypatch.setenv("ISODOCS_CACHE", "0")
    assert commands.check(str(root), today=TODAY) == changed
    monkeypatch.setenv("ISODOCS_CACHE", "1")
    judged(log)
    config = root / "isodocs.yaml"
    config.write_text(config.read_text("utf-8") + "review_interval_months: 6\n", "utf-8")
    commands.check(str(root), today=TODAY)
    assert sorted(judged(log)) == every
    monkeypatch.setattr("isodocs.system.identity.code_digest", lambda: "another isodocs")
    monkeypatch.setattr(kept_check, "code_digest", lambda: "another isodocs")
    commands.check(str(root), today=TODAY)
    assert sorted(judged(log)) == every


def test_the_findings_a_check_recalled_stay_kept_for_the_next(tmp_path, monkeypatch):
    """A check after one change keeps the other documents' findings it recalled, unread: after
    a second change, the rules alone judge that document alone again."""
    root = make_manual(tmp_path, standard=True)
    log = tmp_path / "judged"
    noting_judged(monkeypatch, log)
    commands.check(str(root), today=TODAY)
    judged(log)
    path = root / PROCEDURE_PATH
    path.write_text(replace_line(path.read_text("utf-8"), "approved_by: minh.lv", "approved_by: lan.nt"), "utf-8")
    commands.check(str(root), today=TODAY)
    assert judged(log) == [PROCEDURE_PATH]
    policy = next(p for p in (root / "documents").rglob("*") if p.is_file() and "code: CS-01" in p.read_text("utf-8"))
    policy.write_text(policy.read_text("utf-8").replace("title: Chính sách chất lượng", "title: Chính sách"), "utf-8")
    again = commands.check(str(root), today=TODAY)
    assert judged(log) == [policy.relative_to(root).as_posix()]
    monkeypatch.setenv("ISODOCS_CACHE", "0")
    assert commands.check(str(root), today=TODAY) == again


def test_another_day_another_commit_or_another_isodocs_checks_again(tmp_path, monkeypatch):
    root = tmp_path / "manual"
    repo = git_init(root)
    git_commit(repo, standard_bytes(), "Sổ tay")
    repo.checkout_head()
    reads = Reads(monkeypatch)
    commands.check(str(root), today=TODAY)
    commands.check(str(root), today=TODAY + dt.timedelta(days=1))
    assert reads.count == 2
    git_commit(repo, standard_bytes(), "Không đổi tệp nào", parents=[repo.head.target])  # the history moved on
    commands.check(str(root), today=TODAY)
    assert reads.count == 3
    monkeypatch.setattr(kept_check, "code_digest", lambda: "another isodocs")
    commands.check(str(root), today=TODAY)
    assert reads.count == 4
    commands.check(str(root), today=TODAY)
    assert reads.count == 4


def test_an_attachment_that_appears_is_asked_about_again(tmp_path, monkeypatch):
    root = make_manual(tmp_path, {"documents/BM-01.md": (
        "---\ncode: BM-HT-09\ntitle: Mẫu\nkind: form\nrevision: 1\nissued: 2024-03-01\nprepared_by: lan.nt\n"
        "reviewed_by: hung.tv\napproved_by: minh.lv\nattachment: bieu-mau/BM-HT-09.docx\n"
        "changes:\n  - {revision: 1, date: 2024-03-01, summary: Ban hành lần đầu}\n---\n")}, standard=True)
    reads = Reads(monkeypatch)
    missing = commands.check(str(root), today=TODAY)
    assert rules.ATTACHMENT_MISSING.code in {d.code for d in missing.diagnostics}
    (root / "bieu-mau").mkdir()
    (root / "bieu-mau" / "BM-HT-09.docx").write_bytes(b"PK\x03\x04")  # outside the folders isodocs lists
    found = commands.check(str(root), today=TODAY)
    assert reads.count == 2 and rules.ATTACHMENT_MISSING.code not in {d.code for d in found.diagnostics}


def test_findings_kept_under_another_secret_are_not_believed(tmp_path, monkeypatch):
    root = make_manual(tmp_path, {PROCEDURE_PATH: replace_line(standard_bytes()[PROCEDURE_PATH].decode(),
                                                               "code: QT-HT-01", "code: qt-ht-01")}, standard=True)
    reads = Reads(monkeypatch)
    monkeypatch.setenv("ISODOCS_CACHE_SECRET", "11" * 32)
    first = commands.check(str(root), today=TODAY)
    monkeypatch.setenv("ISODOCS_CACHE_SECRET", "22" * 32)
    second = commands.check(str(root), today=TODAY)
    assert reads.count == 2 and second == first
