"""`isodocs diff` on the command line beyond the transcripts: defaults, files, bare repositories,
colour."""

from __future__ import annotations

import json
import zipfile

import pygit2
import pytest
import yaml

from isodocs.diff.apply import apply_settings
from isodocs.diff.data import settings_data

from support.cli import invoke, run_installed
from support.diffcases import V1, V2
from support.git import git_commit, git_init
from support.manual import CONFIG, PROCEDURE_PATH, write_files


@pytest.fixture
def repo(tmp_path):
    repo = git_init(tmp_path / "repo")
    git_commit(repo, V1, "v1", when=1_700_000_000)
    repo.references.create("refs/tags/v1", repo.head.target)
    git_commit(repo, V2, "v2", when=1_750_000_000)
    write_files(tmp_path / "repo", V2)
    return tmp_path / "repo"


def test_without_revisions_the_revisions_in_force_against_the_working_tree(repo):
    """What leadership is asked to approve: nothing is approved yet, so every document is new."""
    result = invoke(["diff", "--lang", "en"], cwd=repo)
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0].startswith("IN_FORCE (") and "4 added" in result.stdout.splitlines()[0]


def test_the_working_tree_against_head(repo):
    assert invoke(["diff", "HEAD", "--lang", "en"], cwd=repo).stdout == "No changes; 4 documents unchanged.\n"
    write_files(repo, {PROCEDURE_PATH: V2[PROCEDURE_PATH].replace("revision: 3", "revision: 4")})
    result = invoke(["diff", "HEAD", "--lang", "en"], cwd=repo)
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0].startswith("HEAD (") and "→ working tree: 1 document changed" in result.stdout
    assert "  ~ Revision: 03 → 04" in result.stdout.splitlines()


def test_one_revision_against_the_working_tree(repo):
    result = invoke(["diff", "v1", "--format", "json"], cwd=repo)
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["a"]["rev"] == "v1" and data["b"] == {"rev": "WORKTREE", "commit": None}


def test_output_to_a_file(repo, tmp_path):
    result = invoke(["diff", "-C", str(repo), "v1", "HEAD", "--format", "html", "-o", str(tmp_path / "out" / "r.html")])
    assert result.exit_code == 1 and result.stdout == ""
    assert (tmp_path / "out" / "r.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_a_bare_repository_compares_with_its_head(repo, tmp_path):
    bare = pygit2.clone_repository(str(repo), str(tmp_path / "bare.git"), bare=True)
    result = invoke(["diff", "--repo", bare.path, "v1", "--lang", "en"], cwd=tmp_path)
    assert result.exit_code == 1, result.stderr
    assert result.stdout.startswith("v1 (") and "→ HEAD (" in result.stdout.splitlines()[0]
    refused = invoke(["diff", "--repo", bare.path, "v1", "WORKTREE", "--lang", "en"], cwd=tmp_path)
    assert refused.exit_code == 2 and "no working tree to compare" in refused.stderr


def test_colour_only_on_a_terminal(repo):
    """The installed command: on a pipe, inserted words are marked {+ +}; on a terminal they are
    coloured instead (and NO_COLOR brings the marks back)."""
    plain = run_installed(["diff", "v1", "HEAD"], cwd=repo, env={"NO_COLOR": None})
    assert plain.code == 1 and "\x1b[" not in plain.stdout and "{+, thời hạn+}" in plain.stdout
    coloured = run_installed(["diff", "v1", "HEAD"], cwd=repo, env={"NO_COLOR": None}, terminal=["stdout"])
    assert coloured.code == 1 and "\x1b[32m\x1b[4m, thời hạn\x1b[0m" in coloured.stdout and "{+" not in coloured.stdout
    refused = run_installed(["diff", "v1", "HEAD"], cwd=repo, env={"NO_COLOR": "1"}, terminal=["stdout"])
    assert refused.stdout == plain.stdout


SETTINGS_V2 = (CONFIG.replace("short_name: UBND xã Tân Phú", "short_name: UBND Tân Phú")
               .replace("  minh.lv: {name: Lê Văn Minh, title: Chủ tịch UBND xã}\n",
                        "  minh.lv: {name: Lê Văn Minh, title: Chủ tịch UBND xã}\n"
                        "  thu.nt: {name: Ngô Thị Thu, title: Phó Chủ tịch UBND xã}\n")
               .replace("approvers: [minh.lv]", "approvers: [minh.lv, thu.nt]")
               .replace("name: Trần Văn Hùng, title: Phó Chủ tịch UBND xã", "name: Trần Văn Hùng, title: Công chức Văn phòng"))


def test_changes_to_isodocs_yaml_are_shown_first(repo):
    """Who may approve and whose names are printed shape every document: a reviewer sees them."""
    write_files(repo, {"isodocs.yaml": SETTINGS_V2})
    result = invoke(["diff", "HEAD", "--lang", "en"], cwd=repo)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0].endswith("The manual's settings (isodocs.yaml) changed; 4 documents unchanged.")
    assert lines[2:] == [
        "~ isodocs.yaml Manual settings (modified)",
        "  isodocs.yaml",
        "  ~ Short name: UBND[- xã-] Tân Phú",
        "  People:",
        "    ~ hung.tv",
        "      ~ Title: [-Phó Chủ tịch UBND xã-]{+Công chức Văn phòng+}",
        "    + thu.nt — Name: Ngô Thị Thu; Title: Phó Chủ tịch UBND xã",
        "  Approvers:",
        "    + Ngô Thị Thu (thu.nt)",
    ]
    assert invoke(["diff", "HEAD", "--doc", "QT-HT-01"], cwd=repo).exit_code == 0  # documents only
    for fmt in ("html", "docx"):  # the review page and the redline's summary list them too
        out = repo.parent / f"settings.{fmt}"
        assert invoke(["diff", "HEAD", "--format", fmt, "-o", str(out), "--lang", "en"], cwd=repo).exit_code == 1
        text = zipfile.ZipFile(out).read("word/document.xml").decode() if fmt == "docx" else out.read_text("utf-8")
        assert "Manual settings" in text and "Ngô Thị Thu (thu.nt)" in text


def test_the_json_of_settings_replays(repo):
    write_files(repo, {"isodocs.yaml": SETTINGS_V2})
    data = json.loads(invoke(["diff", "HEAD", "--format", "json"], cwd=repo).stdout)
    assert [c["path"] for c in data["settings"]] == [["agency", "short_name"], ["people"], ["roles", "approvers"]]
    old, new = (yaml.safe_load(text) for text in (CONFIG, SETTINGS_V2))
    assert apply_settings(old, data) == settings_data(new)
    assert apply_settings(new, json.loads(invoke(["diff", "WORKTREE", "HEAD", "--format", "json"], cwd=repo).stdout)) \
        == settings_data(old)
