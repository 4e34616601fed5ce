"""The diff for a terminal: marks and indentation, colour when `style` gives it.

Without colour, words are marked as `git diff --word-diff=plain` does: [-deleted-]{+inserted+}.
"""

from __future__ import annotations

from isodocs.diff.words import DELETE, EQUAL, INSERT, SKIP, Block
from isodocs.render.diffview import DocView, Row, View

MARKS = {"added": "+", "removed": "-", "changed": "~", "moved": "↕", "renumbered": "#", "": " "}
COLOURS = {"added": "green", "removed": "red", "changed": "yellow", "moved": "cyan", "renumbered": "cyan",
           "modified": "yellow", "renamed": "cyan"}
DOC_MARKS = {"added": "+", "removed": "-", "modified": "~", "renamed": "→"}
INDENT = "  "


def plain(text: str, **_style) -> str:
    return text


def lines(view: View, style=plain) -> list[str]:
    out = [view.summary if not view.documents else f"{view.heading}: {view.summary}"]
    for doc in view.documents:
        out += [""] + document_lines(doc, view, style)
    if view.unreadable:
        out += ["", style(f"{view.words['unreadable']}:", fg="red", bold=True)]
        out += [f"{INDENT}{line}" for line in view.unreadable]
    return out


def document_lines(doc: DocView, view: View, style=plain) -> list[str]:
    colour = COLOURS.get(doc.status)
    head = f"{DOC_MARKS[doc.status]} {doc.code} {doc.title} ({doc.status_label})"
    out = [style(head, fg=colour, bold=True), f"{INDENT}{doc.path}" + (f" ({doc.note})" if doc.note else "")]
    for row in doc.rows:
        out += _row(row, view, style)
    return out


def _row(row: Row, view: View, style) -> list[str]:
    pad = INDENT * (row.depth + 1)
    mark = style(MARKS[row.mark], fg=COLOURS.get(row.mark), bold=True)
    label = style(row.label, bold=True) if not row.mark else row.label
    if row.blocks:
        text = text_lines(row.blocks, view, style)
        if len(text) == 1:  # one line of text: on the label's line
            return [f"{pad}{mark} {label}: {text[0]}"]
        return [f"{pad}{mark} {label}:"] + [f"{pad}{INDENT * 2}{line}".rstrip() for line in text]
    if row.item:
        return [f"{pad}{mark} " + " — ".join(part for part in (label, row.old or row.new) if part)]
    if not row.mark:
        return [f"{pad}{label}:"]
    if row.old and row.new:
        return [f"{pad}{mark} {label}: {row.old} → {row.new}"]
    return [f"{pad}{mark} {label}" + (f": {row.old or row.new}" if row.old or row.new else "")]


def text_lines(blocks: tuple[Block, ...], view: View, style=plain) -> list[str]:
    """A text value's word diff, one output line per line of text; collapsed paragraphs as …"""
    out: list[str] = []
    for block in blocks:
        if block.op == SKIP:
            many = "unchanged_paragraphs" if block.skipped > 1 else "unchanged_paragraph"
            out.append(style(f"… ({block.skipped} {view.words[many]})", dim=True))
            continue
        if out:
            out.append("")
        marked = "".join(_span(span.op, span.text, style) for span in block.spans)
        out += marked.split("\n")
    return out


def _span(op: str, text: str, style) -> str:
    if op == EQUAL:
        return text
    coloured = style is not plain
    # Each line of a span is marked on its own, so a change across lines stays readable.
    parts = text.split("\n")
    if op == DELETE:
        wrap = (lambda t: style(t, fg="red", strikethrough=True)) if coloured else (lambda t: f"[-{t}-]")
    else:
        assert op == INSERT
        wrap = (lambda t: style(t, fg="green", underline=True)) if coloured else (lambda t: f"{{+{t}+}}")
    return "\n".join(wrap(p) if p else p for p in parts)
