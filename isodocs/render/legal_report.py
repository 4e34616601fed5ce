"""`isodocs legal list` and `legal show`: the register as a person or a program reads it."""

from __future__ import annotations

import json

from isodocs.model import LegalEntry
from isodocs.model.register import Citation, Register
from isodocs.render import formats as f

STATUS = {
    "in_force": ("in force", "còn hiệu lực"),
    "partly_expired": ("partly expired", "hết hiệu lực một phần"),
    "expired": ("expired", "hết hiệu lực toàn bộ"),
    "not_yet_effective": ("not yet in force", "chưa có hiệu lực"),
    "suspended": ("suspended", "ngưng hiệu lực"),
}
WORDS = {
    "issuer": ("Issued by", "Cơ quan ban hành"),
    "issued": ("Issued", "Ngày ban hành"),
    "effective": ("In force from", "Ngày có hiệu lực"),
    "expired_on": ("Expired on", "Ngày hết hiệu lực"),
    "status": ("Status", "Tình trạng"),
    "own": ("The agency's own document", "Văn bản của cơ quan"),
    "amended_by": ("Amended by", "Được sửa đổi bởi"),
    "amends": ("Amends", "Sửa đổi, bổ sung"),
    "replaced_by": ("Replaced by", "Được thay thế bởi"),
    "replaces": ("Replaces", "Thay thế"),
    "unlisted": ("Not in the register", "không có trong danh mục"),
    "source": ("Source", "Nguồn"),
    "accessed": ("accessed", "tra cứu ngày"),
    "file": ("File", "Tệp"),
    "added": ("TTHC published", "Thủ tục công bố mới"),
    "modified": ("TTHC modified", "Thủ tục sửa đổi, bổ sung"),
    "rescinded": ("TTHC rescinded", "Thủ tục bãi bỏ"),
    "no_procedure": ("no procedure", "chưa có quy trình"),
    "cited_by": ("Cited by", "Được dẫn chiếu bởi"),
    "not_cited": ("No document cites it.", "Chưa tài liệu nào dẫn chiếu."),
    "legal_basis": ("legal basis", "căn cứ pháp lý"),
    "changes": ("change of revision {revision}", "sửa đổi lần {revision}"),
    "documents": ("{n} documents", "{n} tài liệu"),
    "entries": ("{n} of {total} entries.", "{n}/{total} văn bản."),
}


def _in(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "vi" else pair[0]


def word(key: str, lang: str, **args) -> str:
    return _in(WORDS[key], lang).format(**args)


def status_text(status: str, lang: str) -> str:
    return _in(STATUS[status], lang)


def listed(register: Register, status: str | None = None) -> list[LegalEntry]:
    """Register entries in file order, optionally of one status."""
    return [e for e in register.manual.legal if status is None or e.status == status]


def _citation_text(c: Citation, lang: str) -> str:
    where = word("legal_basis", lang) if c.field == "legal_basis" else word("changes", lang, revision=c.revision)
    return f"{c.code} ({where})"


def list_lines(register: Register, entries: list[LegalEntry], lang: str) -> list[str]:
    rows = [(e.number, status_text(e.status, lang), f.date(e.issued),
             word("documents", lang, n=len({c.code for c in register.citations(e.number)})), e.title)
            for e in entries]
    widths = [max((len(r[i]) for r in rows), default=0) for i in range(4)]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths)) + "  " + row[4] for row in rows]
    return lines + [word("entries", lang, n=len(entries), total=len(register.manual.legal))]


def entry_json(register: Register, e: LegalEntry) -> dict:
    def numbers(values):
        return [{"number": n, "registered": register.entry(n) is not None} for n in values]

    return {
        "number": e.number,
        "type": e.type,
        "title": e.title,
        "issuer": e.issuer or None,
        "issued": e.issued.isoformat(),
        "effective": e.effective.isoformat() if e.effective else None,
        "expired_on": e.expired_on.isoformat() if e.expired_on else None,
        "status": e.status,
        "external": e.external,
        "path": e.origin.path,
        "amended_by": numbers(e.amended_by),
        "amends": numbers(register.amends(e.number)),
        "replaced_by": numbers((e.replaced_by,) if e.replaced_by else ()),
        "replaces": numbers(register.replaces(e.number)),
        "replacement_chain": list(register.replacement_chain(e)),
        "tthc": {action: [{"code": code, "procedures": [d.code for d in register.serving.get(code, ())]}
                          for code in getattr(e.tthc, action)]
                 for action in ("added", "modified", "rescinded")} if e.tthc else None,
        "cited_by": [{"code": c.code, "path": c.path, "field": c.field, "revision": c.revision}
                     for c in register.citations(e.number)],
        "source": {"url": e.source.url, "accessed": e.source.accessed.isoformat() if e.source.accessed else None}
                  if e.source else None,
    }


def list_json(register: Register, entries: list[LegalEntry]) -> str:
    return json.dumps([entry_json(register, e) for e in entries], ensure_ascii=False, indent=2)


def show_lines(register: Register, e: LegalEntry, lang: str) -> list[str]:
    def numbers(values) -> str:
        return ", ".join(n if register.entry(n) else f"{n} ({word('unlisted', lang)})" for n in values)

    lines = [f"{e.number} – {e.type}", e.title]
    facts = [
        ("issuer", e.issuer),
        ("issued", f.date(e.issued)),
        ("effective", f.date(e.effective)),
        ("expired_on", f.date(e.expired_on)),
        ("status", status_text(e.status, lang)),
        ("amended_by", numbers(e.amended_by)),
        ("amends", numbers(register.amends(e.number))),
        ("replaced_by", " → ".join(register.replacement_chain(e))),
        ("replaces", numbers(register.replaces(e.number))),
        ("source", e.source and (e.source.url + (f" ({word('accessed', lang)} {f.date(e.source.accessed)})"
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
