"""The reference document (pandoc's reference.docx): the manual's own or the built-in one. Its
styles and page layout are the output's; styles it lacks come from the built-in one."""

from __future__ import annotations

import io
import zipfile
from functools import cache

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT

from isodocs.model import Manual
from isodocs.render.docx import styles
from isodocs.render.docx.openxml import w
from isodocs.system import resources

# Every style the writer names, so a manual's reference document lacking one still has it.
STYLES_USED = (
    "Normal", "Title", "Subtitle", "Heading1", "Heading2", "Heading3", "Heading4", "TOCHeading",
    "TOC1", "TOC2", "TOC3", "TOC4", "Header", "TableText", "TableHeading", "ListParagraph", "BlockText",
    "SourceCode", "CoverText", "FormText", "Hyperlink", "VerbatimChar", "TableGrid",
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
    document = docx.Document(io.BytesIO(manual.reference_docx or builtin_reference()))
    found = document.styles.element
    if manual.reference_docx:  # pandoc's convention: their styles, ours where they have none
        styles.add_missing_styles(found, styles.parse_part(builtin_styles()), STYLES_USED)
    styles.set_language(found, language_tag)
    _no_update_on_opening(document)
    return document


def _no_update_on_opening(document) -> None:
    """A manual's reference document may ask Word to update fields on opening: Word would then
    ask whoever opens each output. Nothing isodocs writes needs it (no contents field)."""
    try:
        settings = document.part.part_related_by(RT.SETTINGS).element
    except KeyError:
        return
    for found in settings.findall(w("updateFields")):
        settings.remove(found)
