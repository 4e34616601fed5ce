"""Which documents the rules that judge one document at a time (`check`'s ALONE) judged: noted
in a file, so that a worker's judging counts too."""

from __future__ import annotations

from pathlib import Path


def noting_judged(monkeypatch, log: Path) -> None:
    """From now on, each document `documents.dates` (one of documents.ALONE) judges is a line of `log`."""
    from isodocs.check import documents

    real = documents.dates

    def dates(ctx):
        with log.open("a", encoding="utf-8") as noted:
            noted.writelines(f"{doc.origin.path}\n" for doc in ctx.documents(needs=("issued", "effective")))
        return real(ctx)

    monkeypatch.setattr(documents, "CHECKS", tuple(dates if r is real else r for r in documents.CHECKS))
    monkeypatch.setattr(documents, "ALONE", tuple(dates if r is real else r for r in documents.ALONE))


def judged(log: Path) -> list[str]:
    """The documents judged since the last call, in order; the log emptied."""
    found = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
    log.write_text("", encoding="utf-8")
    return found
