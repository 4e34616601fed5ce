"""`isodocs legal list` and `legal show` for people: the register's entries, or one with its relations."""

from __future__ import annotations

from isodocs.i18n import Msg, Plural, formats
from isodocs.model import LegalEntry
from isodocs.model.register import STATUS_NAMES as STATUS
from isodocs.model.register import Citation, Register

WORDS = {
    "issuer": Msg("Issued by"),
    "issued": Msg("Issued"),
    "effective": Msg("In force from"),
    "expired_on": Msg("Expired on"),
    "status": Msg("Status"),
    "own": Msg("The agency's own document"),
    "amended_by": Msg("Amended by"),
    "amends": Msg("Amends"),
    "replaced_by": Msg("Replaced by"),
    "replaces": Msg("Replaces"),
    "unlisted": Msg("Not in the register"),
    "source": Msg("Source"),
    "accessed": Msg("accessed"),
    "file": Msg("File"),
    "added": Msg("TTHC published"),
    "modified": Msg("TTHC modified"),
    "rescinded": Msg("TTHC rescinded"),
    "no_procedure": Msg("no procedure"),
    "cited_by": Msg("Cited by"),
    "not_cited": Msg("No document cites it."),
    "legal_basis": Msg("legal basis"),
    "changes": Msg("change of revision {revision}"),
}


def word(key: str, lang: str, **args) -> str:
    return WORDS[key].with_args(**args).say(lang)


def status_text(status: str, lang: str) -> str:
    return STATUS[status].say(lang)


def listed(register: Register, status: str | None = None) -> list[LegalEntry]:
    """Register entries in file order, optionally of one status."""
    return [e for e in register.manual.legal if status is None or e.status == status]


def _citation_text(c: Citation, lang: str) -> str:
    where = word("legal_basis", lang) if c.field == "legal_basis" else word("changes", lang, revision=c.revision)
    return f"{c.code} ({where})"


def list_lines(register: Register, entries: list[LegalEntry], lang: str) -> list[str]:
    rows = [(e.number, status_text(e.status, lang), formats.date(e.issued),
             Plural("{n} document", "{n} documents", n=len({c.code for c in register.citations(e.number)})).say(lang),
             e.title)
            for e in entries]
    widths = [max((len(r[i]) for r in rows), default=0) for i in range(4)]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths)) + "  " + row[4] for row in rows]
    total = len(register.manual.legal)
    return lines + [Plural("{count} of {n} entry.", "{count} of {n} entries.", n=total, count=len(entries)).say(lang)]


def show_lines(register: Register, e: LegalEntry, lang: str) -> list[str]:
    def numbers(values) -> str:
        return ", ".join(n if register.entry(n) else f"{n} ({word('unlisted', lang)})" for n in values)

    lines = [f"{e.number} – {e.type}", e.title]
    facts = [
        ("issuer", e.issuer),
        ("issued", formats.date(e.issued)),
        ("effective", formats.date(e.effective)),
        ("expired_on", formats.date(e.expired_on)),
        ("status", status_text(e.status, lang)),
        ("amended_by", numbers(e.amended_by)),
        ("amends", numbers(register.amends(e.number))),
        ("replaced_by", " → ".join(register.replacement_chain(e))),
        ("replaces", numbers(register.replaces(e.number))),
        ("source", e.source and (e.source.url + (f" ({word('accessed', lang)} {formats.date(e.source.accessed)})"
                                                 if e.source.accessed else ""))),
        ("file", e.origin.path),
    ]
    lines += [f"{word(key, lang)}: {value}" for key, value in facts if value]
    if not e.external:
        lines.append(word("own", lang))
    for action in ("added", "modified", "rescinded") if e.tthc else ():
        codes = getattr(e.tthc, action)
        if codes:
            lines.append(f"{word(action, lang)}:")
            for code in codes:
                served = ", ".join(d.code for d in register.serving.get(code, ())) or word("no_procedure", lang)
                lines.append(f"  {code}: {served}")
    citations = register.citations(e.number)
    if citations:
        lines.append(f"{word('cited_by', lang)} ({len({c.code for c in citations})}):")
        lines += [f"  {_citation_text(c, lang)}  {c.path}" for c in citations]
    else:
        lines.append(word("not_cited", lang))
    return lines
