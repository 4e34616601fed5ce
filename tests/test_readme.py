"""The README's examples on the demo say what the commands say: every `$ isodocs ...` line of a
console block that only reads the demo (or writes under /tmp) is run, and its output compared
with the lines printed under it (what the command writes to stderr first, as a terminal shows
warnings before the summary). A line "..." or "…" stands for lines the README leaves out."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from support.cli import invoke

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
# commands that read the demo and change nothing in it (build and its kin write under /tmp)
READS = ("check", "build", "status", "legal show", "coverage", "rename-unit", "explain", "verify")


def examples() -> list[tuple[int, str, list[str]]]:
    """(line, command, the lines printed under it) of every console example."""
    found = []
    block, lines = None, README.read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, start=1):
        if line.startswith("```"):
            block = [] if line == "```console" and block is None else None
            continue
        if block is None:
            continue
        if line.startswith("$ "):
            found.append((n, line[2:], block := []))
        elif found:
            block.append(line)
    return [(n, command, _trimmed(out)) for n, command, out in found]


def _trimmed(lines: list[str]) -> list[str]:
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    return lines


def runnable(command: str) -> bool:
    words = shlex.split(command, comments=True)
    if words[:1] != ["isodocs"] or "--apply" in words or "--pdf" in words:
        return False
    rest = " ".join(words[1:])
    touches_demo = "examples/agency_demo" in words or words[1] == "explain"
    return touches_demo and any(rest.startswith(name) for name in READS)


CASES = [(n, command, out) for n, command, out in examples() if out and runnable(command)]


def test_the_readme_shows_examples_that_run():
    assert len(CASES) >= 6, [c for _, c, _ in CASES]


@pytest.mark.parametrize("line, command, expected", CASES, ids=[f"README:{n}" for n, _, _ in CASES])
def test_a_readme_example_prints_what_the_readme_says(line, command, expected, tmp_path, monkeypatch):
    monkeypatch.delenv("ISODOCS_LANG", raising=False)
    monkeypatch.setenv("ISODOCS_NO_PROGRESS", "1")
    words = [re.sub(r"^/tmp/", f"{tmp_path}/", word) for word in shlex.split(command, comments=True)[1:]]
    if words[0] == "verify":  # the file the README's earlier example built
        built = [w for w in words if w.startswith(str(tmp_path))][0]
        made = invoke(["build", "-C", "examples/agency_demo", "--as-of", "2026-06-01", "-o", str(Path(built).parent)],
                      cwd=ROOT)
        assert made.exit_code == 0, made.output
    result = invoke(words, cwd=ROOT)
    said = _trimmed((result.stderr + result.stdout).replace(str(tmp_path), "/tmp").splitlines())
    assert _shown(_commits(said), _commits(expected)), f"README.md:{line}: {command}\n" + "\n".join(said)


ELIDED = ("...", "…")  # a line of its own standing for lines the README leaves out


def _shown(said: list[str], expected: list[str]) -> bool:
    """Whether `said` is `expected`, where an elision line stands for any lines (none too)."""
    if not expected:
        return not said
    if expected[0].strip() in ELIDED:
        return any(_shown(said[k:], expected[1:]) for k in range(len(said) + 1))
    return bool(said) and said[0] == expected[0] and _shown(said[1:], expected[1:])


def _commits(lines: list[str]) -> list[str]:
    """The lines, each commit id said as one (the demo's commits change with every commit to it)."""
    return [re.sub(r"\b[0-9a-f]{12}\b", "<commit>", line.rstrip()) for line in lines]
