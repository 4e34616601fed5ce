"""Word-by-word comparison of text, for Vietnamese: every syllable is a word.

Text is compared in NFC (as the loader stores it), split into words (letters, marks and
digits), runs of white space, and single punctuation marks. A number, a date, a time or a code
is one word with the marks inside it (0,25; 15/05/2025; 123/2015/NĐ-CP; BM-MC-01; 9001:2015):
a changed number reads as the old number replaced by the new one, never as digits struck and
inserted among the digits that stayed. Paragraphs (blocks separated by a
blank line) are aligned first, so an edit in one paragraph never pairs words across others,
and unchanged paragraphs can be collapsed around the changes.
"""

from __future__ import annotations

import difflib
import unicodedata
from dataclasses import dataclass
from typing import Sequence

import regex

EQUAL, DELETE, INSERT = "equal", "delete", "insert"
SAME, CHANGED, SKIP = "same", "changed", "skip"

_WORD = r"[\p{L}\p{M}\p{N}_]+"
_MARK = r"[^\p{L}\p{M}\p{N}_\s]"
# Words joined by a mark with no space around it (0,5 · 15/05/2025 · NĐ-CP · Tư-pháp) ...
_TOKEN = regex.compile(rf"{_WORD}(?:[.,:/\-\u2011]{_WORD})*|\s+|{_MARK}")
# ... stay one word when they hold a digit or no lower-case letter (a number, a date, a code);
# others (và/hoặc) are words and marks again.
_PIECE = regex.compile(rf"{_WORD}|{_MARK}")
_JOINED = regex.compile(rf"{_WORD}(?:[.,:/\-\u2011]{_WORD})+")
_PARAGRAPH_BREAK = regex.compile(r"\n[ \t]*\n\s*")


@dataclass(frozen=True)
class Span:
    op: str  # equal | delete | insert
    text: str


@dataclass(frozen=True)
class Block:
    """A paragraph left as it was (same), a run of changed paragraphs (changed, as spans whose
    deletions and insertions rebuild either side), or unchanged paragraphs left out (skip)."""

    op: str
    spans: tuple[Span, ...] = ()
    skipped: int = 0  # paragraphs left out, for `skip`

    @property
    def old(self) -> str:
        return "".join(s.text for s in self.spans if s.op != INSERT)

    @property
    def new(self) -> str:
        return "".join(s.text for s in self.spans if s.op != DELETE)


def tokens(text: str) -> list[str]:
    out: list[str] = []
    for token in _TOKEN.findall(unicodedata.normalize("NFC", text)):
        if _JOINED.fullmatch(token) and not _whole(token):
            out += _PIECE.findall(token)
        else:
            out.append(token)
    return out


def _whole(token: str) -> bool:
    """Whether words joined by marks are one token: a number, a date or a code."""
    return any(c.isdigit() for c in token) or not any(c.islower() for c in token)


def paragraphs(text: str) -> list[str]:
    text = unicodedata.normalize("NFC", text).strip("\n")
    return [p for p in _PARAGRAPH_BREAK.split(text)] if text else []


def paragraph_lines(text: str) -> list[int]:
    """The line (from 0, in `text` as given) on which each of its `paragraphs` begins."""
    text = unicodedata.normalize("NFC", text)
    body = text.strip("\n")
    if not body:
        return []
    lead = len(text) - len(text.lstrip("\n"))  # the line feeds `paragraphs` strips, a line each
    return [lead] + [lead + body.count("\n", 0, m.end()) for m in _PARAGRAPH_BREAK.finditer(body)]


def alignment(old: Sequence[str], new: Sequence[str]) -> list[tuple[str, int, int, int, int]]:
    """How two sequences of texts pair up: (op, i1, i2, j1, j2) runs, op "equal" where they are
    the same, else changed (difflib's opcodes)."""
    return difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes()


def paragraph_alignment(old: str, new: str) -> list[tuple[str, int, int, int, int]]:
    """How the paragraphs of two texts pair up: the `alignment` of their `paragraphs`. What
    `text_blocks` shows, and what the redline follows."""
    return alignment(paragraphs(old), paragraphs(new))


def word_diff(old: str, new: str) -> tuple[Span, ...]:
    a, b = tokens(old), tokens(new)
    spans: list[Span] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            spans.append(Span(EQUAL, "".join(a[i1:i2])))
            continue
        if i2 > i1:
            spans.append(Span(DELETE, "".join(a[i1:i2])))
        if j2 > j1:
            spans.append(Span(INSERT, "".join(b[j1:j2])))
    return _readable(spans)


def _readable(spans: list[Span]) -> tuple[Span, ...]:
    """Whole phrases rather than alternating words: a space left equal between two changes
    joins them, and each run of changes reads as one deletion then one insertion
    ([-a b-]{+x y+} instead of [-a-]{+x+} [-b-]{+y+})."""
    groups: list[list[Span]] = []  # runs of changes, and single equal spans, in order
    for i, span in enumerate(spans):
        between_changes = (span.op == EQUAL and span.text.isspace() and 0 < i < len(spans) - 1
                           and spans[i - 1].op != EQUAL and spans[i + 1].op != EQUAL)
        if span.op == EQUAL and not between_changes:
            groups.append([span])
        elif groups and groups[-1][0].op != EQUAL:
            groups[-1].append(span)
        else:
            groups.append([span])
    out: list[Span] = []
    for group in groups:
        if group[0].op == EQUAL and len(group) == 1:
            out.append(group[0])
            continue
        deleted = "".join(s.text for s in group if s.op != INSERT)
        inserted = "".join(s.text for s in group if s.op != DELETE)
        out += [Span(op, text) for op, text in ((DELETE, deleted), (INSERT, inserted)) if text]
    return tuple(out)


def text_blocks(old: str, new: str, context: int | None = 1) -> tuple[Block, ...]:
    """The text's paragraphs as blocks; with `context`, unchanged paragraphs further than that
    from a change are collapsed into `skip` blocks (None keeps them all, for a redline)."""
    a, b = paragraphs(old), paragraphs(new)
    blocks: list[Block] = []
    for op, i1, i2, j1, j2 in paragraph_alignment(old, new):
        if op == "equal":
            blocks += [Block(SAME, (Span(EQUAL, p),)) for p in a[i1:i2]]
        else:
            blocks.append(Block(CHANGED, word_diff("\n\n".join(a[i1:i2]), "\n\n".join(b[j1:j2]))))
    return blocks_collapsed(blocks, context) if context is not None else tuple(blocks)


def blocks_collapsed(blocks: list[Block], context: int) -> tuple[Block, ...]:
    changed = [i for i, block in enumerate(blocks) if block.op == CHANGED]
    keep = {i for c in changed for i in range(c - context, c + context + 1)}
    out: list[Block] = []
    for i, block in enumerate(blocks):
        if i in keep:
            out.append(block)
        elif out and out[-1].op == SKIP:
            out[-1] = Block(SKIP, skipped=out[-1].skipped + 1)
        else:
            out.append(Block(SKIP, skipped=1))
    return tuple(out)
