"""The reference document (pandoc's reference.docx): the manual's own or the built-in one. Its
styles and page layout are the output's; styles it lacks come from the built-in one."""

from __future__ import annotations

import io
import zipfile
from functools import cache

import docx

from isodocs.load.reference import clean
from isodocs.model import Manual
from isodocs.render.docx import styles
from isodocs.system import resources

# Every style the writer names, so a manual's reference document lacking one still has it.
STYLES_USED = (
    "Normal", "Title", "Subtitle", "Heading1", "Heading2", "Heading3", "Heading4", "TOCHeading",
    "TOC1", "TOC2", "TOC3", "TOC4", "Header", "TableText", "TableHeading", "ListParagraph", "BlockText",
    "SourceCode", "CoverText", "Hyperlink", "VerbatimChar", "TableGrid",
)


@cache
def builtin_reference() -> bytes:
    return resources.read_bytes("templates", "reference.docx")


@cache
def builtin_styles() -> bytes:
    with zipfile.ZipFile(io.BytesIO(builtin_reference())) as zf:
        return zf.read("word/styles.xml")


def open_reference(manual: Manual, language_tag: str):
    """A python-docx document made from the manual's reference document, its styles completed
    and its proofing language set: what a new output starts from."""
    # a manual's own file is never opened as it is: only its styles, numbering, fonts, theme and
    # page setup are taken, into a package made from the built-in one (load.reference)
    document = docx.Document(io.BytesIO(clean(manual.reference_docx) if manual.reference_docx else builtin_reference()))
    found = document.styles.element
    if manual.reference_docx:  # pandoc's convention: their styles, ours where they have none
        styles.add_missing_styles(found, styles.parse_part(builtin_styles()), STYLES_USED)
    styles.set_language(found, language_tag)
    return document
