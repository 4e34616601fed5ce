"""`isodocs diff --git-driver`: Git's external diff driver for document files.

Git runs `diff.isodocs.command` with seven arguments (PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE
NEW-HEX NEW-MODE; nine for a rename, one for an unmerged path) from the top of the working
tree, so `git diff` and `git log -p` show what changed in the document rather than YAML lines.
The manual around PATH in the working tree, when there is one, gives people's names, legal
titles and the language. A file that cannot be read as a document falls back to a line diff.
"""

from __future__ import annotations

import difflib
from pathlib import Path, PurePosixPath
from typing import Sequence

from isodocs import model as m
from isodocs.diff.changes import Side
from isodocs.diff.engine import diff_manuals
from isodocs.diff.sources import legal_titles
from isodocs.i18n import Msg
from isodocs.i18n.oserrors import os_error
from isodocs.load.source import CONFIG_FILE, Source, SourceError, open_source
from isodocs.model.reader import load, load_document
from isodocs.render import diffview as view
from isodocs.render.text import diff as text

NULL = "/dev/null"


class DriverError(Exception):
    def __init__(self, message: Msg):
        super().__init__(message)
        self.message = message


def run(args: Sequence[str], lang: str | None, style=text.plain) -> list[str]:
    """The lines to print for one file Git hands over."""
    if len(args) == 1:
        return [f"* Unmerged path {args[0]}"]
    if len(args) not in (7, 9):
        raise DriverError(
            Msg("--git-driver takes the 7 arguments Git passes (PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE), not {value}", value=len(args)))
    path, old_file, _, _, new_file = args[:5]
    new_path = args[7] if len(args) == 9 else path
    old, new = _read(old_file), _read(new_file)
    root, source = _manual_around(path)
    around = load(source, only=()).manual if source else None  # its configuration only
    config = around.config if around else m.Config(m.Agency(""))
    language = lang or config.language
    docs = [_document(_inside(root, p), data) for p, data in ((path, old), (new_path, new))]
    header = f"diff --isodocs a/{path} b/{new_path}"
    if any(data is not None and doc is None for data, doc in zip((old, new), docs)):
        return [header] + _line_diff(old, new, path, new_path, language)
    manuals = [m.Manual(root="", config=config, documents=(doc,) if doc else ()) for doc in docs]
    diff = diff_manuals(*manuals, sides=(Side(f"a/{path}"), Side(f"b/{new_path}")),
                        titles=lambda numbers: legal_titles((source,), numbers) if source else {})
    built = view.build(diff, language)
    if not built.documents:
        same = (Msg("No change in content (only layout or comments differ).").say(language))
        return [header, same]
    return [header] + [line for doc in built.documents for line in text.document_lines(doc, built, style)]


def _read(file: str) -> bytes | None:
    if file == NULL:
        return None
    try:
        return Path(file).read_bytes()
    except OSError as exc:
        raise DriverError(Msg("cannot read {file}: {value}", file=file, value=os_error(exc))) from None


def _manual_around(path: str) -> tuple[PurePosixPath | None, Source | None]:
    """The manual in the working tree whose documents/ holds PATH (Git runs us at the top)."""
    for folder in PurePosixPath(path).parents:
        if (Path(folder) / CONFIG_FILE).is_file():
            try:
                return folder, open_source(Path(folder))
            except SourceError:
                return None, None
    return None, None


def _inside(root: PurePosixPath | None, path: str) -> str:
    """PATH relative to its manual; outside one, the file's name under documents/."""
    if root is not None:
        return PurePosixPath(path).relative_to(root).as_posix()
    return f"documents/{PurePosixPath(path).name}"


def _document(path: str, data: bytes | None) -> m.Document | None:
    return load_document(path, data)[0] if data is not None else None


def _line_diff(old: bytes | None, new: bytes | None, path: str, new_path: str, lang: str) -> list[str]:
    note = (Msg("(the file cannot be read as a document; comparing lines)").say(lang))
    lines = [(data or b"").decode("utf-8", "replace").splitlines() for data in (old, new)]
    return [note] + list(difflib.unified_diff(*lines, f"a/{path}", f"b/{new_path}", lineterm=""))
