"""What the commands print to: the terminal or a pipe, with colour only where it helps."""

from __future__ import annotations

import os
import sys

import click


def colour(err: bool = False) -> bool:
    """Whether to colour: a terminal, and no NO_COLOR (https://no-color.org)."""
    stream = sys.stderr if err else sys.stdout
    return not os.environ.get("NO_COLOR") and stream.isatty()  # an empty NO_COLOR asks for nothing


def say(text: str, err: bool = False) -> None:
    from isodocs.cli.progress import wipe

    wipe()  # a progress line on the terminal gives way to what is said
    click.echo(text, err=err, color=colour(err))


def style(err: bool = False, plain=None):
    """click.style when the stream takes colour, else `plain` (default: the text unchanged)."""
    if colour(err):
        return lambda text, **kw: click.style(text, **kw)
    return plain or (lambda text, **kw: text)
