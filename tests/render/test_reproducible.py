"""The same input gives the same bytes, in every kind of output, from one process to the next.

Rendering twice in one process cannot see what differs between processes: the order of a set
of strings follows the hash seed Python picks at start-up (PYTHONHASHSEED). So every output is
rendered in two processes with different hash seeds, and the files are compared byte for byte.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from support.history import History

# Run in a fresh interpreter: each command of argv[2] (name, arguments) through the CLI, in-process;
# standard output to OUT/<name>.stdout; the exit codes printed as JSON.
DRIVER = """\
import json, sys
from pathlib import Path
from click.testing import CliRunner
from isodocs.cli import main

out = Path(sys.argv[1])
codes = {}
for name, args in json.loads(sys.argv[2]):
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    (out / f"{name}.stdout").write_bytes(result.stdout_bytes)
    codes[name] = result.exit_code
print(json.dumps(codes))
"""

TODAY = ["--today", "2025-11-01"]
SEEDS = ("1", "2")


def commands(history: History) -> list[tuple[str, list[str]]]:
    """Every kind of output: the official build with numbered copies (manual.docx, one document's
    DOCX, the copies), the redline, the HTML and JSON diff, the impact and coverage reports (DOCX
    and JSON), and the text and JSON of the other reports."""
    root, c = str(history.root), history.commits
    diff = ["diff", "-C", root, c["approved"], c["law changed"]]
    return [
        ("build", ["build", "-C", root, "--rev", c["r3 approved"], "--copies", *TODAY, "-o", "build"]),
        ("draft", ["build", "-C", root, "--draft", "--lang", "en", *TODAY, "-o", "draft"]),
        ("redline", [*diff, "--format", "docx", "-o", "redline.docx"]),
        ("diff-html", [*diff, "--format", "html", "-o", "diff.html"]),
        ("diff-json", [*diff, "--format", "json"]),
        ("diff-text", [*diff, "--lang", "en"]),
        ("impact-docx", ["impact", "-C", root, *TODAY, "--format", "docx", "-o", "impact.docx"]),
        ("impact-json", ["impact", "-C", root, *TODAY, "--format", "json"]),
        ("coverage-docx", ["coverage", "-C", root, "--format", "docx", "-o", "coverage.docx"]),
        ("coverage-json", ["coverage", "-C", root, "--format", "json"]),
        ("check", ["check", "-C", root, *TODAY, "--format", "json"]),
        ("status", ["status", "-C", root, *TODAY, "--format", "json"]),
        ("distribution", ["distribution", "-C", root, *TODAY, "--format", "json"]),
        ("history", ["history", "-C", root, "--format", "json"]),
    ]


EXIT_CODES = {"build": 0, "draft": 1, "redline": 1, "diff-html": 1, "diff-json": 1, "diff-text": 1,
              "impact-docx": 1, "impact-json": 1, "coverage-docx": 0, "coverage-json": 0, "check": 1, "status": 0,
              "distribution": 0, "history": 0}
FILES = {"build/manual.docx", "build/CS-01.docx", "build/QT-HT-01.docx", "build/manual-copy-01.docx",
         "build/manual-copy-02.docx", "redline.docx", "diff.html", "impact.docx", "coverage.docx"}


def render_everything(history: History, out: Path, seed: str) -> subprocess.Popen:
    """Start rendering into `out` (its working folder, so that what is said of the files is the same)."""
    out.mkdir()
    env = {**os.environ, "PYTHONHASHSEED": seed}
    return subprocess.Popen([sys.executable, "-c", DRIVER, str(out), json.dumps(commands(history))], cwd=out, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def outputs(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> dict[str, dict[str, bytes]]:
    base = tmp_path_factory.mktemp("reproducible")
    history = History(base, upto="law changed")
    runs = {seed: render_everything(history, base / f"seed-{seed}", seed) for seed in SEEDS}
    for seed, process in runs.items():
        stdout, stderr = process.communicate(timeout=600)
        assert process.returncode == 0, stderr
        assert json.loads(stdout) == EXIT_CODES, stderr
    return {seed: outputs(base / f"seed-{seed}") for seed in SEEDS}


def test_every_kind_of_output_was_rendered(rendered):
    for files in rendered.values():
        assert FILES <= set(files), sorted(FILES - set(files))
        assert {f"{name}.stdout" for name in EXIT_CODES} <= set(files)
        assert all(files[name] for name in FILES)


@pytest.mark.parametrize("name", sorted(FILES | {f"{name}.stdout" for name in EXIT_CODES}))
def test_the_same_bytes_whatever_the_hash_seed(rendered, name):
    first, second = (rendered[seed].get(name) for seed in SEEDS)
    assert first is not None and first == second, f"{name} differs between PYTHONHASHSEED={SEEDS[0]} and {SEEDS[1]}"


def test_the_draft_build_writes_the_same_files_each_time(rendered):
    draft = sorted(name for name in rendered[SEEDS[0]] if name.startswith("draft/"))
    assert draft == sorted(name for name in rendered[SEEDS[1]] if name.startswith("draft/"))
    for name in draft:
        assert rendered[SEEDS[0]][name] == rendered[SEEDS[1]][name], name
