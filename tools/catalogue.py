"""Keeps isodocs' message catalogues in step with the code (Babel).

    python tools/catalogue.py update    extract every sentence, merge it into the catalogues, compile them
    python tools/catalogue.py check     exit 1 when a sentence lacks a translation, or a file is stale

The sentences are the English texts of `Msg`, `Plural`, `Ctx` and `N_` in isodocs/, of
`_()`, `pgettext()` and `{% trans %}` in the built-in templates, and the notes of the rules'
examples (isodocs/diagnostics/examples.yaml) (domain `isodocs`), and click's own messages, taken
from the installed click (domain `click`). English is the language the code is written in: its
catalogue repeats each text, so a reworded English sentence changes only there. Vietnamese
entries start empty and are written by hand in isodocs/i18n/locale/vi/LC_MESSAGES/*.po.
Files are written sorted, without dates or line numbers, so the same sentences give the same
bytes and a change shows as the lines it touched.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
LOCALE = ROOT / "isodocs" / "i18n" / "locale"
EXAMPLES = ROOT / "isodocs" / "diagnostics" / "examples.yaml"  # its notes are sentences too
LANGUAGES = ("vi", "en")
SOURCE_LANGUAGE = "en"
KEYWORDS = {"Msg": None, "Plural": (1, 2), "Ctx": ((1, "c"), 2), "N_": None,  # isodocs/i18n
            "_": None, "gettext": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2)}  # templates, click
CLICK_KEYWORDS = {"_": None, "gettext": None, "ngettext": (1, 2)}
FIXED_DATE = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)  # no clock in the files
HEADER = "# isodocs messages ({lang}). Generated entries by tools/catalogue.py; translations by hand.\n#"


class _Catalog(Catalog):
    """A catalogue whose header names no Babel version (so every Babel writes the same bytes)."""

    @property
    def mime_headers(self):
        return [(name, value) for name, value in Catalog.mime_headers.fget(self) if name != "Generated-By"]

    @mime_headers.setter
    def mime_headers(self, headers):
        Catalog.mime_headers.fset(self, headers)


def extract_isodocs() -> Catalog:
    found = Catalog(project="isodocs", fuzzy=False)
    methods = [("isodocs/**.py", "python"), ("templates/**.j2", "jinja2.ext:babel_extract")]
    for path, line, message, comments, context in extract_from_dir(
            ROOT, methods, keywords=KEYWORDS,
            options_map={"templates/**.j2": {"extensions": "jinja2.ext.i18n", "trimmed": "true"}},
            directory_filter=lambda d: Path(d).name not in ("__pycache__", "locale")):
        found.add(message, locations=[(path, None)], context=context, auto_comments=comments)
    for note in example_notes():
        found.add(note, locations=[(EXAMPLES.relative_to(ROOT).as_posix(), None)])
    return found


def example_notes() -> list[str]:
    """The notes of the rules' examples (isodocs/diagnostics/examples.yaml), in the file's order."""
    sys.path.insert(0, str(ROOT))  # this checkout's isodocs, whichever the Python has installed
    from isodocs.diagnostics.examples import parse

    notes = []
    for example in parse(EXAMPLES.read_text(encoding="utf-8")).values():
        for side in (example.approved, example.wrong, example.right):
            if side is not None and side.note is not None:
                notes.append(side.note.text)
    return notes


def extract_click() -> Catalog:
    import click

    found = Catalog(project="click", fuzzy=False)
    folder = Path(click.__file__).resolve().parent
    for path, line, message, comments, context in extract_from_dir(folder, [("**.py", "python")],
                                                                    keywords=CLICK_KEYWORDS):
        found.add(message, locations=[(f"click/{path}", None)], context=context)
    return found


def po_path(lang: str, domain: str) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / f"{domain}.po"


def read(lang: str, domain: str) -> Catalog | None:
    path = po_path(lang, domain)
    if not path.exists():
        return None
    with path.open("rb") as handle:
        return read_po(handle, locale=lang, domain=domain)


def merged(template: Catalog, lang: str, domain: str, keep_others: bool = False) -> Catalog:
    """The catalogue of `lang` for `template`'s sentences, with the translations already made.
    `keep_others`: also keep translated entries the template lacks (click's messages of other
    versions of click, which the lowest and the newest allowed click do not share)."""
    old = read(lang, domain)
    new = _Catalog(locale=lang, domain=domain, project="isodocs", version="1", header_comment=HEADER.format(lang=lang),
                   msgid_bugs_address="https://github.com/isodocs/isodocs/issues",
                   creation_date=FIXED_DATE, revision_date=FIXED_DATE, fuzzy=False,
                   language_team=lang, last_translator="isodocs")
    for message in template:
        if not message.id:
            continue
        previous = old.get(message.id, message.context) if old is not None else None
        if lang == SOURCE_LANGUAGE:
            string = message.id if not message.pluralizable else tuple(message.id)
        elif previous is not None and previous.string and not previous.fuzzy:
            string = previous.string
        else:
            string = "" if not message.pluralizable else ("",) * new.num_plurals
        new.add(message.id, string, locations=sorted(set(message.locations)), context=message.context,
                auto_comments=message.auto_comments)
    if keep_others and old is not None:
        for message in old:
            if message.id and message.id not in new and message.string and not message.fuzzy:
                new.add(message.id, message.string, locations=message.locations, context=message.context)
    return new


def po_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_po(out, catalog, width=100, sort_output=True, include_lineno=False)
    return out.getvalue()


def mo_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_mo(out, catalog)
    return out.getvalue()


def untranslated(catalog: Catalog) -> list[str]:
    missing = []
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(strings):
            missing.append(message.id if isinstance(message.id, str) else message.id[0])
    return missing


def catalogues() -> dict[tuple[str, str], Catalog]:
    """Every catalogue as the code and the installed click call for it: (lang, domain) -> catalogue."""
    isodocs, click = extract_isodocs(), extract_click()
    found = {}
    for lang in LANGUAGES:
        found[(lang, "isodocs")] = merged(isodocs, lang, "isodocs")
        if lang != SOURCE_LANGUAGE:  # click speaks English itself
            found[(lang, "click")] = merged(click, lang, "click", keep_others=True)
    return found


def update() -> int:
    for (lang, domain), catalog in catalogues().items():
        po = po_path(lang, domain)
        po.parent.mkdir(parents=True, exist_ok=True)
        po.write_bytes(po_bytes(catalog))
        po.with_suffix(".mo").write_bytes(mo_bytes(catalog))
        missing = untranslated(catalog)
        if missing:
            print(f"{po.relative_to(ROOT)}: {len(missing)} sentence(s) to translate")
    return 0


def entries(catalog: Catalog) -> dict:
    """A catalogue's translations as data, whatever Babel wrote it: (context, id) -> string."""
    return {(m.context, m.id): m.string for m in catalog if m.id}


def compiled(mo: bytes) -> dict:
    """What a compiled catalogue holds, as gettext reads it: its keys and strings."""
    import gettext

    found = gettext.GNUTranslations(io.BytesIO(mo))._catalog
    return {key: value for key, value in found.items() if key != ""}


def check() -> int:
    """What is wrong with the catalogues on disk, one line each (none: all is well). Compared as
    data, not bytes, so that every Babel the bounds allow agrees."""
    problems = []
    for (lang, domain), catalog in catalogues().items():
        po = po_path(lang, domain)
        rel = po.relative_to(ROOT)
        for text in untranslated(catalog):
            problems.append(f"{rel}: no translation: {text!r}")
        on_disk = read(lang, domain)
        wanted, found = entries(catalog), entries(on_disk) if on_disk is not None else {}
        # click's catalogue also keeps the messages of the other click releases the bounds allow
        stale = wanted != found if domain == "isodocs" else any(found.get(k) != v for k, v in wanted.items())
        if stale:
            problems.append(f"{rel}: not in step with the code: run `python tools/catalogue.py update`")
        mo = po.with_suffix(".mo")
        if on_disk is None or not mo.exists() or compiled(mo.read_bytes()) != compiled(mo_bytes(on_disk)):
            problems.append(f"{mo.relative_to(ROOT)}: not compiled from its .po: run `python tools/catalogue.py update`")
    for line in problems:
        print(line)
    return 1 if problems else 0


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    sys.exit({"update": update, "check": check}[command]())
