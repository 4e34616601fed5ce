"""The compiled schema validators, shipped as code: compiling the document schema took a
build after one change a fifth of a second, for the one file it parses.

Each module here is what `fastjsonschema.compile_to_code` writes for one schema (its annotations
left out, `schema.checked_only`), and after it the digest of the schema it was written from
(`SCHEMA`) and its entry (`VALIDATE`). A module is used only while that digest is the shipped
schema's; else the schema is compiled as it is (`schema.fast_validator`). Written again with
`python -m isodocs.load.compiled` whenever a schema changes (a test fails until then).
"""

from __future__ import annotations

import hashlib
import importlib
import json
from pathlib import Path
from typing import Any, Callable

KINDS = ("manual", "document", "legal", "approval")


def digest(schema: Any) -> str:
    return hashlib.sha256(json.dumps(schema, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def shipped(kind: str, schema: Any) -> Callable | None:
    """The validator compiled for `schema` (the checked part of the schema of `kind`), taking
    `custom_formats`; None when the module shipped was written from another schema."""
    try:
        module = importlib.import_module(f"{__name__}.{kind}")
    except ImportError:
        return None
    if getattr(module, "SCHEMA", None) != digest(schema):
        return None
    return module.VALIDATE


def source(schema: Any, formats: dict) -> str:
    """The module for `schema`: what fastjsonschema writes, then its digest and entry."""
    import fastjsonschema

    code = fastjsonschema.compile_to_code(schema, formats=formats)
    entry = next(line[4:].split("(", 1)[0] for line in code.splitlines() if line.startswith("def validate"))
    return (f"# Written by `python -m isodocs.load.compiled`; not to be edited.\n# flake8: noqa\n{code.rstrip()}\n\n\n"
            f"SCHEMA = {digest(schema)!r}\nVALIDATE = {entry}\n")


def write() -> list[Path]:
    """Write every module again from the shipped schemas."""
    from isodocs.load.schema import FORMATS, _schema, checked_only

    written = []
    for kind in KINDS:
        path = Path(__file__).with_name(f"{kind}.py")
        path.write_text(source(checked_only(_schema(kind)), FORMATS), encoding="utf-8")
        written.append(path)
    return written
