"""The shipped templates new files are written from (templates/init/ for a new manual,
templates/new/ for a new document), filled with Jinja2.

The templates are isodocs' own (never a manual's), so no sandbox is needed; every value a person
typed goes into the YAML through `q`, which writes it plain only when it reads back as the same
text, and in double quotes otherwise (`Sở Tư pháp: Văn phòng`, `#1`, `yes`, `2025`).
"""

from __future__ import annotations

import json
import re
from functools import cache

from isodocs.system.resources import read_text

_FLOW = re.compile(r"[,\[\]{}]")
# characters YAML takes only escaped: unprintable ones, and those libyaml reads as line breaks
_UNPRINTABLE = re.compile("[\x7f-\x9f\u2028\u2029\ufffe\uffff]")


def quoted(text: str) -> str:
    """`text` as a YAML double-quoted scalar (JSON's escapes, and YAML's unprintable characters)."""
    return _UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(text, ensure_ascii=False))


def q(value: object) -> str:
    """`value` as a YAML scalar that reads back as the same text, in a block or a flow mapping."""
    from isodocs.load.yamlio import YamlProblem, parse

    text = str(value)
    if text and text == text.strip() and not _FLOW.search(text) and "\n" not in text:
        try:  # as a block value, and inside a flow mapping (people: {name: …, title: …})
            if parse(f"key: {text}\nflow: {{key: {text}}}\n", "value").data == {"key": text, "flow": {"key": text}}:
                return text
        except YamlProblem:
            pass
    return quoted(text)


@cache
def _environment(folder: str):
    import jinja2

    env = jinja2.Environment(loader=jinja2.FunctionLoader(lambda name: read_text("templates", f"{folder}/{name}")),
                             undefined=jinja2.StrictUndefined, keep_trailing_newline=True, trim_blocks=True,
                             lstrip_blocks=True, autoescape=False)
    env.filters["q"] = q
    return env


def fill(folder: str, name: str, **values: object) -> str:
    """The template templates/<folder>/<name> filled with `values`."""
    return _environment(folder).get_template(name).render(**values)


def shipped(folder: str, name: str) -> str:
    """A shipped file copied as it is."""
    return read_text("templates", f"{folder}/{name}")
