"""The command line run in-process, as click's test runner sees it."""

from __future__ import annotations

import os
from pathlib import Path

from click.testing import CliRunner


def invoke(args: list[str], cwd: Path | None = None):
    """Run the CLI in-process; returns click's Result (exit_code, stdout, stderr, exception)."""
    runner = CliRunner()
    from isodocs.cli import main

    if cwd is None:
        return runner.invoke(main, args, catch_exceptions=True)
    old = os.getcwd()
    os.chdir(cwd)
    try:
        return runner.invoke(main, args, catch_exceptions=True)
    finally:
        os.chdir(old)
