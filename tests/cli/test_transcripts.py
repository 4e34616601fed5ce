"""CLI transcript tests, in the manner of pandoc's: each tests/cli/transcripts/*.txt holds one
command line or several, run one after the other, each with exactly what it must print and return.

    # Comment lines at the top say what the transcript shows.
    $ isodocs check errors --lang en
    ...the exact standard output...
    --- stderr
    ...the exact standard error (this section only when there is some)...
    --- exit 1
    # A comment may also come before a later command.
    $ isodocs ...

Commands run in a copy of tests/cli/fixtures/ (its absolute path is written `$FIXTURES`), which
also gets three Git repositories built with pygit2, with fixed commit times:

- `history`: its first commit (tag `ban-hanh-1`) holds the `errors` manual, its second
  (`main`) the `clean` one;
- `approved`: the approved history of tests/support/history.py, checked out: QT-HT-01 r2 and
  CS-01 r1 approved on 2025-07-20 (tag `ban-hanh-2`), QT-HT-01 r3 on 2025-09-20 (tag
  `ban-hanh-3`), MT-2025 never; a distribution list of two copies;
- `law-changed`: the same history, continued on 2025-10-20 by a register that expires
  60/2014/QH13 and amends 123/2015/NĐ-CP, both cited by QT-HT-01 r3.

A command that writes records (approve, withdraw, legal ack) makes a commit stamped with the
time it runs: such new commits are written `$COMMIT1`, `$COMMIT2`, ... in the order they are
made (their ids in full or shortened). Every other commit id is fixed. A transcript never
depends on the real date: commands that judge a date are given it (--today, --date), and an
output holding today's date fails the test.

Regenerate after an intended change of output (and read the diff):

    ISODOCS_UPDATE_TRANSCRIPTS=1 python -m pytest tests/cli/test_transcripts.py
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shlex
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pygit2
import pytest
from click.testing import CliRunner

from isodocs.cli import main

from support.git import git_commit, git_init
from support.history import History

HERE = Path(__file__).parent
TRANSCRIPTS = sorted((HERE / "transcripts").glob("*.txt"))
UPDATE = os.environ.get("ISODOCS_UPDATE_TRANSCRIPTS") == "1"
REPOSITORIES = ("history", "approved", "law-changed")


@dataclass
class Step:
    comments: list[str]
    command: str
    stdout: str = ""
    stderr: str = ""
    exit_code: int = 0

    def render(self) -> str:
        text = "".join(f"{c}\n" for c in self.comments) + f"$ {self.command}\n" + self.stdout
        if self.stderr:
            text += "--- stderr\n" + self.stderr
        return text + f"--- exit {self.exit_code}\n"


@dataclass
class Transcript:
    steps: list[Step] = field(default_factory=list)

    @classmethod
    def parse(cls, text: str) -> "Transcript":
        lines = text.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        steps: list[Step] = []
        while lines:
            comments = []
            while lines and lines[0].startswith("#"):
                comments.append(lines.pop(0))
            assert lines and lines[0].startswith("$ isodocs"), "each command starts with `$ isodocs ...`"
            step = Step(comments, lines.pop(0)[2:])
            out, err, section, code = [], [], "stdout", None
            while lines:
                line = lines.pop(0)
                if line == "--- stderr":
                    section = "stderr"
                elif line.startswith("--- exit "):
                    code = int(line.split()[-1])
                    break
                else:
                    (out if section == "stdout" else err).append(line)
            assert code is not None, f"`{step.command}` ends with `--- exit N`"
            step.stdout, step.stderr, step.exit_code = ("".join(f"{x}\n" for x in out),
                                                        "".join(f"{x}\n" for x in err), code)
            steps.append(step)
        assert steps, "a transcript holds a command"
        return cls(steps)

    def render(self) -> str:
        return "".join(step.render() for step in self.steps)


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def build_fixtures(target: Path, repositories=REPOSITORIES) -> Path:
    """The fixtures, with those of the Git repositories named (the others take time to build)."""
    shutil.copytree(HERE / "fixtures", target)
    if "history" in repositories:
        repo = git_init(target / "history")
        git_commit(repo, files_of(target / "errors"), "Ban hành lần 1", when=1_700_000_000)
        repo.references.create("refs/tags/ban-hanh-1", repo.head.target)
        git_commit(repo, files_of(target / "clean"), "Sửa các lỗi", when=1_750_000_000)
    for name, upto in (("approved", "r3 approved"), ("law-changed", "law changed")):
        if name not in repositories:
            continue
        history = History(target, upto=upto, name=name)
        history.repo.references.create("refs/tags/ban-hanh-2", pygit2.Oid(hex=history.commits["approved"]))
        history.repo.references.create("refs/tags/ban-hanh-3", pygit2.Oid(hex=history.commits["r3 approved"]))
    return target


def commits(fixtures: Path) -> list[str]:
    """Every commit of the fixtures' repositories, oldest first."""
    found = []
    for name in REPOSITORIES:
        if not (fixtures / name).exists():
            continue
        repo = pygit2.Repository(str(fixtures / name))
        tips = {ref.peel(pygit2.Commit).id for ref in map(repo.references.get, repo.references)}
        walker = repo.walk(None, pygit2.enums.SortMode.TOPOLOGICAL | pygit2.enums.SortMode.REVERSE)
        for tip in tips:
            walker.push(tip)
        found += [str(c.id) for c in walker]
    return found


class Stable:
    """Rewrites what differs from run to run: the fixtures' path, and the ids of commits made
    while the transcript runs (stamped with the time they are made)."""

    def __init__(self, fixtures: Path):
        self.fixtures = fixtures
        self.known = set(commits(fixtures))
        self.names: dict[str, str] = {}

    def __call__(self, text: str) -> str:
        for commit in commits(self.fixtures):
            if commit not in self.known and commit not in self.names:
                self.names[commit] = f"$COMMIT{len(self.names) + 1}"

        def name(match: re.Match) -> str:
            hits = [n for c, n in self.names.items() if c.startswith(match[0])]
            return hits[0] if len(hits) == 1 else match[0]

        return re.sub(r"\b[0-9a-f]{7,40}\b", name, text.replace(str(self.fixtures), "$FIXTURES"))


def dates_of_today() -> tuple[str, ...]:
    today = dt.date.today()
    return today.isoformat(), today.strftime("%d/%m/%Y")


def run(command: str, stable: Stable) -> Step:
    args = shlex.split(command)
    assert args[0] == "isodocs"
    result = CliRunner().invoke(main, args[1:], prog_name="isodocs", catch_exceptions=True)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return Step([], command, stable(result.stdout), stable(result.stderr), result.exit_code)


def test_there_are_transcripts():
    names = {p.stem for p in TRANSCRIPTS}
    assert len(names) >= 15
    commands = [step.command for p in TRANSCRIPTS for step in Transcript.parse(p.read_text(encoding="utf-8")).steps]
    joined = " ".join(commands)
    for needed in ("--format json", "--lang en", "--rev", "isodocs rules P501", "isodocs rules --lang",
                   "isodocs explain P501", "isodocs explain d315"):
        assert needed in joined, needed
    for command in ("check", "diff", "build", "verify", "distribution", "status", "approve", "withdraw", "impact",
                    "legal ack", "legal list", "legal show", "history", "coverage", "rules", "explain", "rename-unit"):
        assert any(c.startswith(f"isodocs {command} ") or c == f"isodocs {command}" for c in commands), command


# What judges a date must be given it, so that no transcript changes with the calendar.
DATED = {"build": "--today", "verify": "--today", "distribution": "--today", "status": "--today",
         "impact": "--today", "approve": "--date", "withdraw": "--date", "ack": "--date"}


@pytest.mark.parametrize("path", TRANSCRIPTS, ids=[p.stem for p in TRANSCRIPTS])
def test_no_transcript_depends_on_the_real_date(path):
    for step in Transcript.parse(path.read_text(encoding="utf-8")).steps:
        args = shlex.split(step.command)[1:]
        while args[0] in ("-C", "--manual"):  # the manual's folder named before the command
            args = args[2:]
        verb = args[1] if args[0] == "legal" else args[0]
        if verb in DATED and "--help" not in args and step.exit_code != 2:  # exit 2: it could not run
            assert DATED[verb] in args, f"`{step.command}` judges a date: give it {DATED[verb]}"


@pytest.mark.parametrize("path", TRANSCRIPTS, ids=[p.stem for p in TRANSCRIPTS])
def test_transcript(path: Path, tmp_path, monkeypatch):
    expected = Transcript.parse(path.read_text(encoding="utf-8"))
    words = {word for step in expected.steps for word in re.split(r"[\s/]+", step.command)}
    fixtures = build_fixtures(tmp_path / "fixtures", [name for name in REPOSITORIES if name in words])
    monkeypatch.chdir(fixtures)
    stable = Stable(fixtures)
    actual = Transcript([])
    for step in expected.steps:
        done = run(step.command, stable)
        done.comments = step.comments
        actual.steps.append(done)
    if UPDATE:
        path.write_text(actual.render(), encoding="utf-8")
        return
    said = "".join(step.stdout + step.stderr for step in actual.steps)
    assert "Traceback" not in said
    assert not [d for d in dates_of_today() if d in said], "an output holds today's date: pass --today or --date"
    assert actual.render() == expected.render()
