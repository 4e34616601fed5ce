"""The built-in labels table (`templates/labels.j2`) as Jinja compiles it to Python, shipped:
Jinja's parsing and writing of that code take most of the time a build after one change spends
on labels.

`labels.py` here holds the code Jinja writes for the table (`CODE`), the digest of the table
it was written from (`TABLE`) and the Jinja that wrote it (`JINJA`). It is used only while both
are the ones at hand, so the template made is the one Jinja would make itself; else the table
is compiled as it is (render/labels.py). Written again with `python -m isodocs.render.compiled`
whenever the table changes (a test fails until then).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import jinja2


def digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def template(env: jinja2.Environment, path: str, text: str) -> jinja2.Template | None:
    """The table `text`, named `path`, as `env.get_template(path)` would make it; None when the
    code shipped was written from another table or by another Jinja."""
    from isodocs.render.compiled import labels

    if labels.TABLE != digest(text) or labels.JINJA != jinja2.__version__:
        return None
    return env.template_class.from_code(env, compile(labels.CODE, path, "exec"), env.make_globals(None))


def source(code: str, text: str) -> str:
    return (f'"""The built-in labels table compiled by Jinja (see __init__.py); written by\n'
            f'`python -m isodocs.render.compiled`, not to be edited."""\n\n'
            f"TABLE = {digest(text)!r}\nJINJA = {jinja2.__version__!r}\nCODE = {code!r}\n")


def write() -> Path:
    """Write `labels.py` again from the shipped table."""
    from isodocs.render.labels import builtin_code

    path = Path(__file__).with_name("labels.py")
    path.write_text(source(*builtin_code()), encoding="utf-8")
    return path
