"""The content of each kind of document, under its heading and control block."""

from __future__ import annotations

from isodocs.i18n import formats
from isodocs.model import Document, Objective, Procedure, Step, Tthc, number_key
from isodocs.render.docx import administrative, tables
from isodocs.render.docx import openxml as ox
from isodocs.render.docx.common import BOLD, TEXT, TEXT_CENTER, Page, bullets, cell, grid, heading, para
from isodocs.render.labels import duration, working_time

# Document heading is level 1; a procedure's seven sections 2; 5.1-5.8 level 3.
SECTION, SUBSECTION = 2, 3
VERDICT_FILL = {True: "E2EFDA", False: "FCE4D6", None: ""}


def content(ctx: Page, doc: Document) -> list:
    """Everything after the control block: structured sections, then the Markdown body. A
    document in the administrative format starts on a page of its own, as it is issued and
    copied: header, title, content, signatures."""
    blocks: list = []
    if doc.layout is not None:
        blocks += ctx.keyed(("layout",), [administrative.new_page(), *administrative.header(ctx, doc, doc.layout)])
    if doc.procedure is not None:
        blocks += procedure(ctx, doc, doc.procedure)
    if doc.objectives is not None:
        blocks += objectives(ctx, doc.objectives.year, doc.objectives.objectives)
    # A form's text is filled in by hand: single-spaced, flush left (Form Text).
    blocks += ctx.markdown(doc.body, base_level=1, key=("body",), style="FormText" if doc.kind == "form" else "")
    if doc.kind == "form" and doc.attachment and not doc.body.strip():
        blocks += ctx.keyed(("attachment",), [para(ctx.labels("form_attachment", path=doc.attachment))])
    if doc.signatures:
        if ctx.keys is None and blocks:  # NĐ 30: the signatures never stand alone on a page
            blocks[-1] = ox.keep_with_next(blocks[-1])
        blocks += ctx.keyed(("signatures",), administrative.signatures(ctx, doc.signatures))
    return blocks


# ---------------------------------------------------------------------------------------------
# Procedure


def procedure(ctx: Page, doc: Document, proc: Procedure) -> list:
    labels = ctx.labels
    tthc = proc.tthc
    nothing = para(labels.nothing)

    def section(n: int, label: str, body: list) -> list:
        return ctx.keyed(("section", str(n)), [heading(SECTION, f"{n}. {label}"), *(body or [nothing])])

    if tthc is None:
        references = legal_list(ctx, doc.legal_basis) + reference_list(ctx, doc.references)
    else:  # the legal basis is printed in 5.1, as agencies do
        references = reference_list(ctx, doc.references) + [para(labels.legal_see_content)]
    return [
        *section(1, labels.section_purpose, ctx.markdown(proc.purpose, SECTION, key=("purpose",))),
        *section(2, labels.section_scope, ctx.markdown(proc.scope, SECTION, key=("scope",))),
        *section(3, labels.section_references, references),
        *section(4, labels.section_definitions, definitions(ctx, proc)),
        *section(5, labels.section_content, tthc_sections(ctx, doc, proc) if tthc else step_table(ctx, proc)),
        *section(6, labels.section_forms, forms(ctx, proc)),
        *section(7, labels.section_records, records(ctx, proc)),
    ]


def legal_list(ctx: Page, numbers: tuple[str, ...]) -> list:
    """Each legal number with its register entry's citation (the number alone if unknown)."""
    by_key = ctx.manual.legal_by_key

    def citation(number: str) -> str:
        entry = by_key.get(number_key(number))
        if entry is None:
            return number
        return ctx.labels("legal_citation", number=entry.number, type=entry.type, title=entry.title,
                          issued=formats.date(entry.issued), issuer=entry.issuer)

    return bullets(ctx, (citation(n) for n in numbers), key=("legal_basis",))


def reference_list(ctx: Page, references: tuple[str, ...]) -> list:
    """A code of this manual shows its title; a free citation prints as written."""

    def citation(ref: str) -> str:
        doc = ctx.manual.document(ref)
        return ctx.labels("document_citation", code=doc.code, title=doc.title) if doc else ref

    return bullets(ctx, (citation(r) for r in references), key=("references",))


def definitions(ctx: Page, proc: Procedure) -> list:
    if not proc.definitions:
        return []
    rows = ((term, meaning) for term, meaning in proc.definitions.items())
    keys = (("definitions", term) for term in proc.definitions)
    return [grid(ctx, (ctx.labels.term, ctx.labels.meaning), rows, (1, 3), centered=(), keys=keys)]


def tthc_sections(ctx: Page, doc: Document, proc: Procedure) -> list:
    labels = ctx.labels
    tthc: Tthc = proc.tthc
    facts = [f"{labels.tthc_field}: {tthc.field}" if tthc.field else "",
             f"{labels.tthc_level}: {tthc.level}" if tthc.level else ""]
    intro = [para(labels("tthc_line", code=tthc.code, name=tthc.name))]
    if any(facts):
        intro.append(para("; ".join(x for x in facts if x)))
    channels = "; ".join(getattr(labels, f"channel_{c}", c) for c in tthc.channels)
    place = [para(tthc.receiving_place)] if tthc.receiving_place else []
    if channels:
        place.append(para(f"{labels.channels}: {channels}"))
    sets = labels("sets", count=f"{tthc.dossier_sets:02d}") if tthc.dossier_sets else labels.nothing
    parts = [
        (labels.legal_basis, legal_list(ctx, doc.legal_basis)),
        (labels.dossier, dossier(ctx, tthc)),
        (labels.dossier_sets, [para(sets)]),
        (labels.time_limit, [para(labels("time_limit_sentence", duration=duration(tthc.time_limit, labels)))]),
        (labels.receiving_place, place),
        (labels.fee, [para(tthc.fee or labels.no_fee)]),
        (labels.results, bullets(ctx, tthc.results, key=("tthc", "results"))),
        (labels.workflow, step_table(ctx, proc)),
    ]
    out = ctx.keyed(("tthc",), intro)
    for n, (label, body) in enumerate(parts, start=1):
        out += ctx.keyed(("tthc", f"5.{n}"), [heading(SUBSECTION, f"5.{n}. {label}"), *(body or [para(labels.nothing)])])
    return out


def dossier(ctx: Page, tthc: Tthc) -> list:
    labels = ctx.labels
    if not tthc.dossier:
        return []
    rows = []
    for n, item in enumerate(tthc.dossier, start=1):
        name = item.name + (f" {labels.optional}" if item.optional else "")
        lines = [name] + ([labels("dossier_form", code=item.form)] if item.form else [])
        rows.append((str(n), cell(lines), str(item.originals), str(item.copies)))
    headers = (labels.no, labels.dossier_name, labels.originals, labels.copies)
    keys = (("tthc", "dossier", n) for n in range(len(rows)))
    return [grid(ctx, headers, rows, (1.1, 8, 1.7, 1.7), centered=(0, 2, 3), keys=keys)]


def step_table(ctx: Page, proc: Procedure) -> list:
    """TT | Trình tự | Trách nhiệm | Thời gian | Biểu mẫu/Kết quả, with the total time last."""
    labels = ctx.labels
    if not proc.steps:
        return []
    rows: list = [step_row(ctx, step) for step in proc.steps]
    keys = [("steps", n) for n in range(len(rows))]
    total = total_row(ctx, proc)
    if total is not None:
        rows.append(total)
        keys.append(("total",))
    headers = (labels.no, labels.step_action, labels.step_actor, labels.step_time, labels.step_output)
    return [grid(ctx, headers, rows, (1.1, 5.6, 3, 2.6, 3.6), centered=(0, 3), keys=keys)]


def step_row(ctx: Page, step: Step) -> tuple:
    outputs = ([", ".join(step.forms)] if step.forms else []) + ([step.output] if step.output else [])
    return (str(step.no), step.action, step.actor, duration(step.time, ctx.labels), cell(outputs))


def total_row(ctx: Page, proc: Procedure) -> tuple | None:
    """The sum of the steps' times in the unit of the statutory limit, beside that limit; only
    when every step has a time (a sum with steps missing would be no total)."""
    if any(s.time is None for s in proc.steps):
        return None
    labels = ctx.labels
    limit = proc.tthc.time_limit if proc.tthc else None
    unit = limit.unit if limit else ("working_days" if any(s.time.unit == "working_days" for s in proc.steps)
                                     else "working_hours")
    statutory = labels("statutory_limit", duration=duration(limit, labels)) if limit else ""
    return (
        cell(labels.total_time if proc.tthc else labels.total_time_system, TEXT, BOLD, span=3),
        cell(working_time(proc.steps_hours, unit, labels), TEXT_CENTER, BOLD),
        cell(statutory, TEXT),
    )


def forms(ctx: Page, proc: Procedure) -> list:
    labels = ctx.labels
    if not proc.forms:
        return []
    rows = ((str(n), form.code, form.title) for n, form in enumerate(proc.forms, start=1))
    keys = (("forms", n) for n in range(len(proc.forms)))
    return [grid(ctx, (labels.no, labels.code, labels.form_title), rows, (1.1, 3, 8), keys=keys)]


def records(ctx: Page, proc: Procedure) -> list:
    labels = ctx.labels
    if not proc.records:
        return []
    rows = ((str(n), r.name, r.keeper, r.retention) for n, r in enumerate(proc.records, start=1))
    headers = (labels.no, labels.record_name, labels.record_keeper, labels.record_retention)
    keys = (("records", n) for n in range(len(proc.records)))
    return [grid(ctx, headers, rows, (1.1, 6, 4, 2.4), centered=(0, 3), keys=keys)]


# ---------------------------------------------------------------------------------------------
# Objectives


def objectives(ctx: Page, year: int, items: tuple[Objective, ...]) -> list:
    """The objectives with their latest result and the unit responsible, then how each will be
    achieved (ISO 9001 6.2.2: what will be done, with what resources, by when, how the results
    are evaluated), one row per objective, none left out."""
    labels = ctx.labels
    headers = (labels.no, labels.objective, labels.target, labels.frequency, labels.objective_owner,
               labels.latest_result, labels.verdict)
    rows = [objective_row(ctx, n, o) for n, o in enumerate(items, start=1)]
    keys = (("objectives", n) for n in range(len(items)))
    blocks = ctx.keyed(("year",), [
        para(labels("objectives_year", year=year), ox.Para(style="Subtitle")),
        grid(ctx, headers, rows, (1.1, 5, 1.9, 1.8, 3, 2.3, 1.9), centered=(0, 2, 3, 5, 6), keys=keys)])
    if any(o.plan.strip() or o.resources or o.deadline or o.evaluation for o in items):
        # Who is responsible is the first table's unit column.
        headers = (labels.no, labels.objective, labels.plan_actions, labels.plan_resources, labels.plan_deadline,
                   labels.plan_evaluation)
        rows = [plan_row(ctx, n, o) for n, o in enumerate(items)]
        keys = (("objectives", n, "plan") for n in range(len(items)))
        blocks += ctx.keyed(("plans",), [heading(SECTION, labels.plans),
                                         grid(ctx, headers, rows, (0.9, 1.6, 6.2, 3.1, 1.9, 3.3), centered=(0, 1, 4),
                                              keys=keys)])
    return blocks


def objective_row(ctx: Page, n: int, o: Objective) -> tuple:
    labels, lang = ctx.labels, ctx.lang
    latest = o.latest
    shown = (labels("result", period=formats.period(latest.period, lang), value=formats.quantity(latest.value, o.unit, lang))
             if latest else "")
    verdict = {True: labels.met, False: labels.not_met, None: labels.no_data}[o.met]
    what = tables.Cell((ox.paragraph([ox.run(f"{o.id}. ", BOLD), ox.run(o.text)], TEXT),))
    return (
        str(n), what, formats.target(o.target.op, o.target.value, o.unit, lang),
        getattr(labels, f"frequency_{o.frequency}", o.frequency), o.owner, shown,
        cell(verdict, TEXT_CENTER, BOLD, shade=VERDICT_FILL[o.met]),
    )


def plan_row(ctx: Page, n: int, o: Objective) -> tuple:
    """An objective's plan: its Markdown in the cell, as written."""
    plan = ctx.markdown(o.plan, SUBSECTION, key=("objectives", n, "plan"), style="TableText")
    return (str(n + 1), cell(o.id, TEXT_CENTER, BOLD), tables.Cell(tuple(plan) or (para("", TEXT),)), o.resources,
            formats.period(o.deadline, ctx.lang) if o.deadline else "", o.evaluation)
