"""Pages as a person reads them: the text of each page as laid out, and the text in reading
order (each table cell's lines together), Word's non-breaking hyphens read as "-"."""

from __future__ import annotations

from pathlib import Path

from support.pdf import pages


def page_texts(pdf: Path) -> list[str]:
    """The text of each page as laid out (`pdftotext -layout`)."""
    return [page.replace("\u2011", "-") for page in pages(pdf)]


def reading_text(pdf: Path) -> str:
    """The text in reading order, white space collapsed: for sentences that wrap inside a cell."""
    return " ".join("".join(pages(pdf, layout=False)).replace("\u2011", "-").split())
