"""Rules on procedures: steps, time limits, the forms they use, fees and the dossier."""

from __future__ import annotations

import unicodedata

from isodocs.check import repeats
from isodocs.diagnostics import rules
from isodocs.i18n import Ctx, Joined, Msg, Plural
from isodocs.load.schema import field_name
from isodocs.model import ChannelKind, DossierGroup, Procedure, TimeLimit, TimeUnit, calendar_working_days

CHANNEL_NAMES = {
    ChannelKind.IN_PERSON: Ctx("channel", "in person"),
    ChannelKind.ONLINE: Ctx("channel", "online"),
    ChannelKind.POSTAL: Ctx("channel", "by post"),
}
SLACK = 1e-9  # sums of fractional hours


def _procedures(ctx, needs: tuple[str, ...]):
    """(path, procedure) of every procedure a rule reading `needs` may judge."""
    for doc in ctx.documents(needs=needs):
        if doc.procedure is not None:
            yield doc.origin.path, doc.procedure


def steps(ctx):
    for path, proc in _procedures(ctx, ("steps.no",)):
        for i, step in enumerate(proc.steps):
            if step.no != i + 1:
                yield ctx.at(rules.STEP_ORDER, path, ("steps", i, "no"), no=step.no, expected=i + 1)
                break  # one misnumbering shifts every later step: report the first


def limit_notes(limit: TimeLimit) -> list[Msg]:
    """How a limit was turned into working hours, when that is not plain: said in the message."""
    if limit.unit == TimeUnit.SAME_DAY:
        return [Msg(" A same-day limit is one working day.")]
    if limit.unit == TimeUnit.DAYS:
        return [Msg(" {days} calendar days are counted as {working} working days: five in every seven days, "
                    "with a weekend among any days left over.", days=float(limit.value),
                    working=float(calendar_working_days(limit.value)))]
    return []


def uncounted_note(proc: Procedure) -> list[Msg]:
    """The steps a total leaves out, by number (and agency, for another agency's): never silently."""
    left = proc.uncounted
    if not left:
        return []
    numbers = ", ".join(str(step.no) for step in left)
    agencies = "; ".join(dict.fromkeys(step.agency for step in left if step.agency))
    if agencies:
        return [Plural(" Step {numbers} ({agencies}) has no time and is not counted.",
                       " Steps {numbers} ({agencies}) have no time and are not counted.",
                       n=len(left), numbers=numbers, agencies=agencies)]
    return [Plural(" Step {numbers} has no time and is not counted.", " Steps {numbers} have no time and are not counted.",
                   n=len(left), numbers=numbers)]


def _where(channel: ChannelKind | None, index: int | None) -> tuple:
    return ("tthc", "time_limit") if channel is None else ("tthc", "channels", index, "time_limit")


def times(ctx):
    """The agency's own steps without a time (another agency's are named by the total instead)."""
    for path, proc in _procedures(ctx, ("tthc.time_limit", "steps.time", "steps.no", "steps.agency")):
        if proc.tthc is None:
            continue
        for i, step in enumerate(proc.steps):
            if step.time is None and not step.agency:
                yield ctx.at(rules.STEP_WITHOUT_TIME, path, ("steps", i), no=step.no)


def total_time(ctx):
    """Steps against every limit of the procedure (its own and each channel's); the manual's
    processing-time target against the procedure's own limit. Apart from `times`: the total
    reads no step number, so a step's lost number hides nothing."""
    target = ctx.manual.config.time_reduction_target if ctx.config_intact("time_reduction_target") else None
    for path, proc in _procedures(ctx, ("tthc.time_limit", "tthc.channels", "steps.time", "steps.agency")):
        tthc = proc.tthc
        if tthc is None:
            continue
        total = proc.steps_hours
        positions = {c.channel: i for i, c in enumerate(tthc.channels) if c.time_limit is not None}
        exceeded = False
        for channel, limit in tthc.limits():
            if total > limit.hours + SLACK:
                exceeded = exceeded or channel is None
                named = Msg(" for filing {channel}", channel=CHANNEL_NAMES[channel]) if channel else ""
                yield ctx.at(rules.STEPS_EXCEED_LIMIT, path, _where(channel, positions.get(channel)),
                             steps=float(total), limit=float(limit.hours), channel=named,
                             details=Joined(tuple(limit_notes(limit) + uncounted_note(proc)), ""))
        if target is not None and not exceeded:
            limit = tthc.time_limit
            allowed = limit.hours * (100 - target) / 100
            if total > allowed + SLACK:
                yield ctx.at(rules.TIME_TARGET_MISSED, path, ("tthc", "time_limit"), steps=float(total),
                             limit=float(limit.hours), share=float(100 * total / limit.hours), target=float(target),
                             allowed=float(allowed), details=Joined(tuple(limit_notes(limit) + uncounted_note(proc)), ""))


def forms(ctx):
    for path, proc in _procedures(ctx, ("forms.code",)):
        for i, form, _ in repeats(proc.forms, lambda f: f.code):
            yield ctx.at(rules.DUPLICATE_FORM, path, ("forms", i, "code"), form=form.code)
    for path, proc in _procedures(ctx, ("forms.code", "steps.forms", "steps.no")):
        listed = {form.code for form in proc.forms}
        for i, step in enumerate(proc.steps):
            for j, code in enumerate(step.forms):
                if code not in listed:
                    yield ctx.at(rules.FORM_NOT_LISTED, path, ("steps", i, "forms", j), form=code,
                                 where=Msg("step {no}", no=step.no))
    # every paper, alternatives and papers for some channels only as well; a lost alternative
    # would renumber the others, so `any_of` is read whole
    for path, proc in _procedures(ctx, ("forms.code", "tthc.dossier.form", "tthc.dossier.any_of")):
        listed = {form.code for form in proc.forms}
        if proc.tthc:
            for keys, item in proc.tthc.dossier_items():
                if item.form and item.form not in listed:
                    yield ctx.at(rules.FORM_NOT_LISTED, path, keys + ("form",), form=item.form,
                                 where=Msg("dossier item {no}", no=_item_number(keys)))


def _item_number(keys: tuple) -> str:
    """Dossier item 3, or 3.2 for the second alternative of the third item, counted from 1."""
    return ".".join(str(k + 1) for k in keys if isinstance(k, int))


def _says_none(text: str) -> bool:
    """Whether a fee's wording says nothing is charged (Không, Không thu, Miễn lệ phí ...)."""
    first = unicodedata.normalize("NFC", text).strip().casefold()
    return first.startswith(("không", "miễn"))


def _fees(tthc):
    """(keys, fee) of every structured fee: the procedure's and each channel's."""
    for i, fee in enumerate(tthc.fees):
        yield ("tthc", "fees", i), fee
    for i, channel in enumerate(tthc.channels):
        for j, fee in enumerate(channel.fees):
            yield ("tthc", "channels", i, "fees", j), fee


def fees(ctx):
    """A structured fee is an amount in đồng, or says that there is none; an amount is written
    whole. (The first format's `fee` is free text, and stays so.)"""
    for path, proc in _procedures(ctx, ("tthc.fees", "tthc.channels")):
        tthc = proc.tthc
        if tthc is None:
            continue
        for keys, fee in _fees(tthc):
            if fee.amount is None and not any(c.isdigit() for c in fee.text) and not _says_none(fee.text):
                yield ctx.at(rules.FEE_WITHOUT_AMOUNT, path, keys, field=field_name(keys), text=fee.text or "—")
            if fee.amount and fee.amount < 1000:  # only 1..999 can be a thousands amount read as decimals
                written = ctx.loaded.locate.written(path, keys + ("amount",)) or ""
                if "." in written:
                    yield ctx.at(rules.AMOUNT_WITH_SEPARATOR, path, keys + ("amount",), field=field_name(keys + ("amount",)),
                                 written=written, value=fee.amount, meant=written.replace(".", ""))


def dossier(ctx):
    for path, proc in _procedures(ctx, ("tthc.dossier.any_of",)):
        if proc.tthc is None:
            continue
        for i, entry in enumerate(proc.tthc.dossier):
            if isinstance(entry, DossierGroup) and len(entry.any_of) == 1:
                yield ctx.at(rules.SINGLE_ALTERNATIVE, path, ("tthc", "dossier", i, "any_of"))


def internal_forms(ctx):
    """Every internal form a procedure lists must be a document of the manual (those that failed
    to load, and those an official build leaves out, count as there)."""
    present = set(ctx.manual.by_code) | ctx.loaded.broken_codes | ctx.loaded.withheld
    for path, proc in _procedures(ctx, ("forms.code", "forms.source")):
        for i, form in enumerate(proc.forms):
            if form.source == "internal" and form.code not in present:
                yield ctx.at(rules.INTERNAL_FORM_MISSING, path, ("forms", i, "code"), form=form.code)


CHECKS = (steps, times, total_time, forms, internal_forms, fees, dossier)
ALONE = (steps, times, total_time, forms, fees, dossier)  # as documents.ALONE
