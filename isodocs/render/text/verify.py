"""`isodocs verify` for people: whether the file is exact, then each document not in force."""

from __future__ import annotations

from isodocs.i18n import Ctx, Msg, Plural, formats
from isodocs.model.lifecycle import start
from isodocs.render.verify import Held, Verdict

BUILD_NAMES = {
    "official": Msg("official build, in force on {day}"),
    "draft": Msg("draft build"),
    "as-of": Msg("as in force on {day}"),
    "rev": Msg("as at {rev}"),
}


def lines(verdict: Verdict, name: str, lang: str) -> list[str]:
    """The verdict for people: the file first, then each document that is not in force."""
    recipe = verdict.built.recipe
    kind = BUILD_NAMES[recipe.kind].with_args(day=formats.date(recipe.on), rev=recipe.rev or recipe.commit[:12])
    commit = recipe.commit[:12]
    if verdict.exact:
        head = Msg("{name}: exact: isodocs builds these same bytes from commit {commit} ({kind})", name=name,
                   commit=commit, kind=kind)
    else:
        head = Msg("{name}: EDITED after it was built: it differs from what isodocs builds from commit {commit} "
                   "({kind})", name=name, commit=commit, kind=kind)
        if not verdict.same_version:
            head = Msg("{verdict}; note: it was built by isodocs {version}, not this version", verdict=head,
                       version=verdict.built.version or "?")
    out = [head.say(lang)]
    for held in verdict.documents:
        out.append("  " + _held(held).say(lang))
    recall = [h for h in verdict.documents if h.state != "in_force"]
    if recall:
        out.append(Plural("RECALL this copy: {n} document in it is no longer the revision in force.",
                          "RECALL this copy: {n} documents in it are no longer the revision in force.",
                          n=len(recall)).say(lang))
    return out


def _held(held: Held) -> Msg:
    now = held.now
    state = {
        "in_force": Ctx("a revision's standing", "in force"),
        "superseded": Msg("superseded by revision {revision} (in force since {day})",
                          revision=formats.revision(now.revision), day=formats.date(start(now))) if now else "",
        "withdrawn": Ctx("a revision's standing", "withdrawn"),
        "not_in_force": Msg("not a revision in force"),
    }[held.state]
    return Msg("{code} revision {revision}: {state}", code=held.code, revision=formats.revision(held.revision), state=state)
