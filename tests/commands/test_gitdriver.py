"""`isodocs diff --git-driver` (isodocs/commands/gitdriver.py): the seven arguments Git passes to
`diff.isodocs.command`, on temporary files, without a git binary."""

from __future__ import annotations

import pytest

from support.cli import invoke
from support.diffcases import V1, V2
from support.manual import PROCEDURE_PATH, write_files

HEX_A, HEX_B, MODE = "a" * 40, "b" * 40, "100644"


@pytest.fixture
def work(tmp_path):
    """A checkout holding the v2 manual, and Git's two temporary files of the procedure."""
    write_files(tmp_path / "repo", V2)
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(V1[PROCEDURE_PATH], encoding="utf-8")
    new.write_text(V2[PROCEDURE_PATH], encoding="utf-8")
    return tmp_path


def driver(work, *args, lang=None):
    extra = ["--lang", lang] if lang else []
    return invoke(["diff", "--git-driver", *extra, *map(str, args)], cwd=work / "repo")


def test_a_changed_document(work):
    result = driver(work, PROCEDURE_PATH, work / "old.yaml", HEX_A, MODE, work / "new.yaml", HEX_B, MODE, lang="en")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[:4] == [f"diff --isodocs a/{PROCEDURE_PATH} b/{PROCEDURE_PATH}",
                         "~ QT-HT-01 Quy trình đăng ký khai sinh (modified)",
                         f"  {PROCEDURE_PATH}", "  ~ Revision: 02 → 03"]
    # names and legal titles come from the manual in the working tree
    assert "  ~ Reviewed by: Trần Văn Hùng (hung.tv) → Lê Văn Minh (minh.lv)" in lines
    assert "    + 118/2025/NĐ-CP (Về thực hiện thủ tục hành chính theo cơ chế một cửa)" in lines


def test_the_language_is_the_manuals(work):
    result = driver(work, PROCEDURE_PATH, work / "old.yaml", HEX_A, MODE, work / "new.yaml", HEX_B, MODE)
    assert "  ~ Lần ban hành: 02 → 03" in result.stdout.splitlines()


def test_an_added_file(work):
    result = driver(work, PROCEDURE_PATH, "/dev/null", "0" * 40, ".", work / "new.yaml", HEX_B, MODE, lang="en")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[1:] == ["+ QT-HT-01 Quy trình đăng ký khai sinh (added)", f"  {PROCEDURE_PATH}"]


def test_only_layout_changed(work):
    (work / "new.yaml").write_text("# a comment\n" + V1[PROCEDURE_PATH], encoding="utf-8")
    result = driver(work, PROCEDURE_PATH, work / "old.yaml", HEX_A, MODE, work / "new.yaml", HEX_B, MODE, lang="en")
    assert result.stdout.splitlines()[1:] == ["No change in content (only layout or comments differ)."]


def test_a_file_that_is_not_a_document_falls_back_to_lines(work):
    (work / "new.yaml").write_text("code: [\n", encoding="utf-8")
    result = driver(work, PROCEDURE_PATH, work / "old.yaml", HEX_A, MODE, work / "new.yaml", HEX_B, MODE, lang="en")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[1] == "(the file cannot be read as a document; comparing lines)"
    assert f"--- a/{PROCEDURE_PATH}" in lines and "+code: [" in lines


def test_outside_a_manual_it_still_compares(work, tmp_path):
    (tmp_path / "elsewhere").mkdir()
    result = invoke(["diff", "--git-driver", "--lang", "en", "x/QT.yaml", str(work / "old.yaml"), HEX_A, MODE,
                     str(work / "new.yaml"), HEX_B, MODE], cwd=tmp_path / "elsewhere")
    assert result.exit_code == 0
    assert "  ~ Reviewed by: hung.tv → minh.lv" in result.stdout.splitlines()


def test_wrong_arguments_exit_2(work):
    result = driver(work, PROCEDURE_PATH, work / "old.yaml", lang="en")
    assert result.exit_code == 2
    assert "--git-driver takes the 7 arguments Git passes" in result.stderr
    assert driver(work, PROCEDURE_PATH).stdout == f"* Unmerged path {PROCEDURE_PATH}\n"
