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


@cache
def _template() -> jinja2.Template:
    env = SandboxedEnvironment(autoescape=True, undefined=jinja2.StrictUndefined,
                               trim_blocks=False, lstrip_blocks=False)
    return env.from_string(resources.read_text("templates", TEMPLATE))


def render(diff: ManualDiff, lang: str) -> str:
    return _template().render(view=view.build(diff, lang)) + "\n"
