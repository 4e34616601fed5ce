"""Rules on procedures: steps, time limits and the forms they use."""

from __future__ import annotations

from isodocs.check import repeats
from isodocs.diagnostics import rules
from isodocs.i18n import Msg


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


def times(ctx):
    for path, proc in _procedures(ctx, ("tthc.time_limit", "steps.time", "steps.no")):
        if proc.tthc is None:
            continue
        for i, step in enumerate(proc.steps):
            if step.time is None:
                yield ctx.at(rules.STEP_WITHOUT_TIME, path, ("steps", i), no=step.no)


def total_time(ctx):
    # apart from `times`: the total reads no step number, so a step's lost number hides nothing
    for path, proc in _procedures(ctx, ("tthc.time_limit", "steps.time")):
        if proc.tthc is None:
            continue
        total = proc.steps_hours
        limit = proc.tthc.time_limit.hours
        if total > limit + 1e-9:
            yield ctx.at(rules.STEPS_EXCEED_LIMIT, path, ("tthc", "time_limit"), steps=float(total), limit=float(limit))


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
    for path, proc in _procedures(ctx, ("forms.code", "tthc.dossier.form")):
        listed = {form.code for form in proc.forms}
        if proc.tthc:
            for i, item in enumerate(proc.tthc.dossier):
                if item.form and item.form not in listed:
                    yield ctx.at(rules.FORM_NOT_LISTED, path, ("tthc", "dossier", i, "form"), form=item.form,
                                 where=Msg("dossier item {no}", no=i + 1))


def internal_forms(ctx):
    """Every internal form a procedure lists must be a document of the manual (those that failed
    to load, and those an official build leaves out, count as there)."""
    present = set(ctx.manual.by_code) | ctx.loaded.broken_codes | ctx.loaded.withheld
    for path, proc in _procedures(ctx, ("forms.code", "forms.source")):
        for i, form in enumerate(proc.forms):
            if form.source == "internal" and form.code not in present:
                yield ctx.at(rules.INTERNAL_FORM_MISSING, path, ("forms", i, "code"), form=form.code)


CHECKS = (steps, times, total_time, forms, internal_forms)
