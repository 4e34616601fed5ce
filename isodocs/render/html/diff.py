"""The diff as one self-contained HTML page (templates/diff.html.j2): a summary of the changed
documents, then each document's changes side by side, printable. No scripts, no external
files; every value is escaped (Jinja's sandbox with autoescaping)."""

from __future__ import annotations

from functools import cache

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from isodocs.diff.changes import ManualDiff
from isodocs.render import diffview as view
from isodocs.system import resources

TEMPLATE = "diff.html.j2"


# Control characters a repository can write through YAML escapes ("\x1b", "\x07"): HTML may not
# carry them, and a reader would see nothing. Each is shown as its picture (␛, ␇), C1 controls as �.
_CONTROLS = {**{c: 0x2400 + c for c in range(0x20) if c not in (0x09, 0x0A, 0x0D)}, 0x7F: 0x2421,
             **{c: 0xFFFD for c in range(0x80, 0xA0)}}


def _visible(value):
    return value.translate(_CONTROLS) if isinstance(value, str) else value


@cache
def _template() -> jinja2.Template:
    env = SandboxedEnvironment(autoescape=True, undefined=jinja2.StrictUndefined,
                               trim_blocks=False, lstrip_blocks=False, finalize=_visible)
    return env.from_string(resources.read_text("templates", TEMPLATE))


def render(diff: ManualDiff, lang: str) -> str:
    return _template().render(view=view.build(diff, lang)) + "\n"
