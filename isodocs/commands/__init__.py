"""isodocs as a Python API: one function per command, each returning data (never printing).

The command line (isodocs.cli) is a thin layer over these; a forge script or another tool can
call them directly:

    from isodocs import commands

    checked = commands.check("manuals/tan-phu", today=date(2026, 7, 1))
    for d in checked.diagnostics:
        print(d.path, d.line, d.code, d.message("en"))
    built = commands.build("manuals/tan-phu", out="dist")      # the official manual
    verdict = commands.verify("dist/manual.docx", "manuals/tan-phu")

| module | functions |
|---|---|
| manual | open_manual, check, rename_unit |
| outputs | build, verify, distribution |
| records | approve, withdraw, status, history |
| legal | register, legal_entry, acknowledge, impact, impact_report, coverage, coverage_report |
| compare | diff, redline |
| start | init, new_document, revise |

A result says how the command went (`outcome`); a command that cannot go on raises one of the
exceptions in `outcome` (or `SourceError` when there is no manual to read, `Refused` when a record
may not be written): each carries a `message` the caller says in its reader's language.
"""

import importlib

# name -> module of this package defining it; imported on first use, so that `isodocs --help` and
# a command that needs little stay quick (pygit2, python-docx and lxml load only when needed)
_WHERE = {
    "CannotRun": "outcome", "Findings": "outcome", "ManualUnreadable": "outcome", "Outcome": "outcome",
    "open_manual": "manual", "check": "manual", "rename_unit": "manual",
    "build": "outputs", "verify": "outputs", "distribution": "outputs",
    "approve": "records", "withdraw": "records", "status": "records", "history": "records",
    "register": "legal", "legal_entry": "legal", "acknowledge": "legal", "impact": "legal",
    "impact_report": "legal", "coverage": "legal", "coverage_report": "legal",
    "diff": "compare", "redline": "compare",
    "init": "start", "new_document": "start", "revise": "start",
}
__all__ = sorted(_WHERE)


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
