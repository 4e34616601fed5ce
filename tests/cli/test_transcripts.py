"""CLI transcript tests, in the manner of pandoc's: each tests/cli/transcripts/*.txt holds a
command line and exactly what it must print and return.

    # Comment lines at the top say what the transcript shows.
    $ isodocs check errors --lang en
    ...the exact standard output...
    --- stderr
    ...the exact standard error (this section only when there is some)...
    --- exit 1

Commands run in a copy of tests/cli/fixtures/, which also gets `history`, a Git repository
built with pygit2: its first commit (tag `ban-hanh-1`) holds the `errors` manual, its second
(`main`) the `clean` one. The copy's absolute path is written `$FIXTURES`.

Regenerate after an intended change of output:

    ISODOCS_UPDATE_TRANSCRIPTS=1 python -m pytest tests/cli/test_transcripts.py
"""

from __future__ import annotations

import os
import shlex
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import git_commit, git_init

from isodocs.cli import main

HERE = Path(__file__).parent
TRANSCRIPTS = sorted((HERE / "transcripts").glob("*.txt"))
UPDATE = os.environ.get("ISODOCS_UPDATE_TRANSCRIPTS") == "1"


@dataclass
class Transcript:
    comments: list[str]
    command: str
    stdout: str
    stderr: str
    exit_code: int

    @classmethod
    def parse(cls, text: str) -> "Transcript":
        lines = text.split("\n")
        comments = []
        while lines and lines[0].startswith("#"):
            comments.append(lines.pop(0))
        assert lines and lines[0].startswith("$ isodocs"), "a transcript starts with `$ isodocs ...`"
        command = lines.pop(0)[2:]
        out, err, section, code = [], [], "stdout", None
        for line in lines:
            if line == "--- stderr":
                section = "stderr"
            elif line.startswith("--- exit "):
                code = int(line.split()[-1])
                break
            else:
                (out if section == "stdout" else err).append(line)
        assert code is not None, "a transcript ends with `--- exit N`"
        return cls(comments, command, "".join(f"{x}\n" for x in out), "".join(f"{x}\n" for x in err), code)

    def render(self) -> str:
        text = "".join(f"{c}\n" for c in self.comments) + f"$ {self.command}\n" + self.stdout
        if self.stderr:
            text += "--- stderr\n" + self.stderr
        return text + f"--- exit {self.exit_code}\n"


def build_fixtures(target: Path) -> Path:
    shutil.copytree(HERE / "fixtures", target)

    def files(name):
        root = target / name
        return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}

    repo = git_init(target / "history")
    git_commit(repo, files("errors"), "Ban hành lần 1", when=1_700_000_000)
    repo.references.create("refs/tags/ban-hanh-1", repo.head.target)
    git_commit(repo, files("clean"), "Sửa các lỗi", when=1_750_000_000)
    return target


def run(command: str, fixtures: Path, monkeypatch) -> Transcript:
    args = shlex.split(command)
    assert args[0] == "isodocs"
    monkeypatch.chdir(fixtures)
    result = CliRunner().invoke(main, args[1:], prog_name="isodocs", catch_exceptions=True)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    where = str(fixtures)

    def clean(text: str) -> str:
        return text.replace(where, "$FIXTURES")

    return Transcript([], command, clean(result.stdout), clean(result.stderr), result.exit_code)


def test_there_are_transcripts():
    names = {p.stem for p in TRANSCRIPTS}
    assert len(names) >= 15
    commands = " ".join(Transcript.parse(p.read_text(encoding="utf-8")).command for p in TRANSCRIPTS)
    for needed in ("--format json", "--lang en", "--rev", "isodocs rules P501", "isodocs rules --lang",
                   "isodocs explain P501", "isodocs explain d315"):
        assert needed in commands, needed


@pytest.mark.parametrize("path", TRANSCRIPTS, ids=[p.stem for p in TRANSCRIPTS])
def test_transcript(path: Path, tmp_path, monkeypatch):
    expected = Transcript.parse(path.read_text(encoding="utf-8"))
    actual = run(expected.command, build_fixtures(tmp_path / "fixtures"), monkeypatch)
    actual.comments = expected.comments
    if UPDATE:
        path.write_text(actual.render(), encoding="utf-8")
        return
    assert "Traceback" not in actual.stdout + actual.stderr
    assert actual.render() == expected.render()
