"""`isodocs diff` on the command line beyond the transcripts: defaults, files, bare repositories,
colour."""

from __future__ import annotations

import json

import pygit2
import pytest
from diffcases import PROCEDURE_PATH, V1, V2

from conftest import git_commit, git_init, invoke, write_files


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
    assert "  ~ Revision: 3 → 4" in result.stdout.splitlines()


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


def test_colour_only_on_a_terminal(repo, monkeypatch):
    plain = invoke(["diff", "v1", "HEAD"], cwd=repo).stdout
    assert "\x1b[" not in plain and "{+, thời hạn+}" in plain
    monkeypatch.setattr("isodocs.cli.common._colour", lambda err=False: True)
    coloured = invoke(["diff", "v1", "HEAD"], cwd=repo).stdout
    assert "\x1b[" in coloured and "{+" not in coloured
