"""The built-in labels table (`templates/labels.j2`) as Jinja compiles it to Python, shipped:
Jinja's parsing and writing of that code, and Python's compiling of it, take most of the time a
build after one change spends on labels.

`labels_code.py` here is the code Jinja writes for the table, as it writes it (its line
numbers are the ones the template's debug information names), and a closing comment; it is
never imported (it runs only in the namespace Jinja gives a template), only compiled, through
the import system, so its bytecode is cached as any module's. `labels.py` holds the digest of
the table it was written from (`TABLE`) and the Jinja that wrote it (`JINJA`). The code is used
only while both are the ones at hand, so the template made is the one Jinja would make itself;
else the table is compiled as it is (render/labels.py). Written again with
`python -m isodocs.render.compiled` whenever the table changes (a test fails until then).
"""

from __future__ import annotations

import hashlib
import importlib.util
from pathlib import Path
from types import CodeType

import jinja2

CODE_MODULE = f"{__name__}.labels_code"
CLOSING = "\n# The built-in labels table compiled by Jinja (see __init__.py); not to be edited.\n"


def digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def template(env: jinja2.Environment, path: str, text: str) -> jinja2.Template | None:
    """The table `text`, named `path`, as `env.get_template(path)` would make it; None when the
    code shipped was written from another table or by another Jinja."""
    from isodocs.render.compiled import labels

    if labels.TABLE != digest(text) or labels.JINJA != jinja2.__version__:
        return None
    spec = importlib.util.find_spec(CODE_MODULE)
    code = spec.loader.get_code(CODE_MODULE) if spec is not None and spec.loader is not None else None
    if code is None:
        return None
    return env.template_class.from_code(env, _named(code, path), env.make_globals(None))


def _named(code: CodeType, path: str) -> CodeType:
    """The code as compiled from a file named `path`, as Jinja names it: errors in the table
    then say the table's name, not this folder's file."""
    consts = tuple(_named(c, path) if isinstance(c, CodeType) else c for c in code.co_consts)
    return code.replace(co_filename=path, co_consts=consts)


def shipped_code() -> str:
    """The code shipped, as Jinja wrote it."""
    text = Path(__file__).with_name("labels_code.py").read_text(encoding="utf-8")
    return text[:-len(CLOSING)] if text.endswith(CLOSING) else text


def source(text: str) -> str:
    return (f'"""The built-in labels table compiled by Jinja (see __init__.py); written by\n'
            f'`python -m isodocs.render.compiled`, not to be edited."""\n\n'
            f"TABLE = {digest(text)!r}\nJINJA = {jinja2.__version__!r}\n")


def write() -> Path:
    """Write `labels_code.py` and `labels.py` again from the shipped table."""
    from isodocs.render.labels import builtin_code

    code, text = builtin_code()
    folder = Path(__file__).parent
    (folder / "labels_code.py").write_text(code + CLOSING, encoding="utf-8")
    path = folder / "labels.py"
    path.write_text(source(text), encoding="utf-8")
    return path
