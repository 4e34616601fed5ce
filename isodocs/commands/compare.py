"""Commands comparing two revisions of the manual: the diff, and its Word redline."""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from isodocs.commands.outcome import CannotRun, Outcome, stamp_of, write_output
from isodocs.diff.changes import ManualDiff
from isodocs.i18n import Msg


class Compared:
    """Two revisions of a manual and what changed between them."""

    def __init__(self, a, b, found: ManualDiff):
        self.a, self.b, self.found = a, b, found  # the two sources, and the diff

    @property
    def outcome(self) -> Outcome:
        return Outcome.CHANGES if self.found.changed else Outcome.OK


def diff(revisions: Sequence[str] = (), path: str | None = None, repo: str | None = None,
         codes: Sequence[str] = ()) -> Compared:
    """What changed between revisions A and B (commits, branches, tags, WORKTREE, IN_FORCE,
    CODE@rN), document by document; without B the working tree, without A the revisions in force."""
    from isodocs.diff.revisions import open_revision, side, sides
    from isodocs.diff.sources import diff_sources

    if len(revisions) > 2:
        raise CannotRun(Msg("name at most two revisions, not {value}", value=len(revisions)))
    specs = sides(path, *(tuple(revisions) + (None, None))[:2], repo=repo)
    a, b = (open_revision(path, spec, repo) for spec in specs)
    return Compared(a, b, diff_sources(a, b, (side(specs[0], a), side(specs[1], b)), codes))


def redline(compared: Compared, lang: str, target: Path) -> Path:
    """The Word redline of a diff written to `target`: the new revision of each changed document
    as issued, every change a tracked change, after a summary and an approval sheet."""
    from isodocs.model.reader import load
    from isodocs.render.docx.manual import RenderOptions
    from isodocs.render.docx.redline import render_redline

    manual_a, manual_b = load(compared.a).manual, load(compared.b).manual  # whole: the documents render as issued
    if manual_a is None or manual_b is None:
        raise CannotRun(Msg("the manual's isodocs.yaml cannot be used"))
    data = render_redline(manual_a, manual_b, compared.found, RenderOptions(stamp=stamp_of(manual_b), lang=lang))
    return write_output(target, data)
