"""Words of the diff outputs: field names (docs/format.md's), statuses, and the enumerated values
of the format, each a sentence of the catalogue."""

from __future__ import annotations

from isodocs.i18n import Ctx, Msg

# Field names by path pattern; a pattern not listed falls back to its last key's entry.
FIELDS: dict[tuple, Msg] = {
    ("code",): Ctx("field code", "Code"),
    ("title",): Ctx("field title", "Title"),
    ("kind",): Ctx("field kind", "Kind"),
    ("revision",): Ctx("field revision", "Revision"),
    ("issued",): Ctx("field issued", "Issued"),
    ("effective",): Ctx("field effective", "Effective"),
    ("owner",): Ctx("field owner", "Owner"),
    ("prepared_by",): Ctx("field prepared_by", "Prepared by"),
    ("reviewed_by",): Ctx("field reviewed_by", "Reviewed by"),
    ("approved_by",): Ctx("field approved_by", "Approved by"),
    ("legal_basis",): Ctx("field legal_basis", "Legal basis"),
    ("references",): Ctx("field references", "References"),
    ("clauses",): Ctx("field clauses", "ISO clauses"),
    ("review_interval_months",): Ctx("field review_interval_months", "Review interval (months)"),
    ("changes",): Ctx("field changes", "Change history"),
    ("changes", "revision"): Ctx("field changes.revision", "Revision"),
    ("changes", "date"): Ctx("field changes.date", "Date"),
    ("changes", "summary"): Ctx("field changes.summary", "Summary"),
    ("changes", "sections"): Ctx("field changes.sections", "Sections"),
    ("changes", "reason"): Ctx("field changes.reason", "Reason"),
    ("changes", "refs"): Ctx("field changes.refs", "Refs"),
    ("attachment",): Ctx("field attachment", "Attachment"),
    ("purpose",): Ctx("field purpose", "Purpose"),
    ("scope",): Ctx("field scope", "Scope"),
    ("definitions",): Ctx("field definitions", "Definitions"),
    ("tthc", "code"): Ctx("field tthc.code", "TTHC code"),
    ("tthc", "name"): Ctx("field tthc.name", "Administrative procedure"),
    ("tthc", "field"): Ctx("field tthc.field", "Field"),
    ("tthc", "level"): Ctx("field tthc.level", "Level"),
    ("tthc", "channels"): Ctx("field tthc.channels", "Channels"),
    ("tthc", "dossier"): Ctx("field tthc.dossier", "Dossier"),
    ("tthc", "dossier", "name"): Ctx("field tthc.dossier.name", "Name"),
    ("tthc", "dossier", "originals"): Ctx("field tthc.dossier.originals", "Originals"),
    ("tthc", "dossier", "copies"): Ctx("field tthc.dossier.copies", "Copies"),
    ("tthc", "dossier", "form"): Ctx("field tthc.dossier.form", "Form"),
    ("tthc", "dossier", "optional"): Ctx("field tthc.dossier.optional", "Optional"),
    ("tthc", "dossier_sets"): Ctx("field tthc.dossier_sets", "Dossier sets"),
    ("tthc", "time_limit"): Ctx("field tthc.time_limit", "Time limit"),
    ("tthc", "receiving_place"): Ctx("field tthc.receiving_place", "Receiving place"),
    ("tthc", "fee"): Ctx("field tthc.fee", "Fee"),
    ("tthc", "results"): Ctx("field tthc.results", "Results"),
    ("steps",): Ctx("field steps", "Steps"),
    ("steps", "no"): Ctx("field steps.no", "Step"),
    ("steps", "action"): Ctx("field steps.action", "Action"),
    ("steps", "actor"): Ctx("field steps.actor", "Responsible"),
    ("steps", "time"): Ctx("field steps.time", "Time"),
    ("steps", "forms"): Ctx("field steps.forms", "Forms"),
    ("steps", "output"): Ctx("field steps.output", "Output"),
    ("forms",): Ctx("field forms", "Forms"),
    ("forms", "code"): Ctx("field forms.code", "Form code"),
    ("forms", "title"): Ctx("field forms.title", "Form title"),
    ("forms", "source"): Ctx("field forms.source", "Source"),
    ("records",): Ctx("field records", "Records"),
    ("records", "name"): Ctx("field records.name", "Record"),
    ("records", "keeper"): Ctx("field records.keeper", "Kept by"),
    ("records", "retention"): Ctx("field records.retention", "Retention"),
    ("year",): Ctx("field year", "Year"),
    ("objectives",): Ctx("field objectives", "Objectives"),
    ("objectives", "id"): Ctx("field objectives.id", "Objective"),
    ("objectives", "text"): Ctx("field objectives.text", "Text"),
    ("objectives", "unit"): Ctx("field objectives.unit", "Unit"),
    ("objectives", "target"): Ctx("field objectives.target", "Target"),
    ("objectives", "frequency"): Ctx("field objectives.frequency", "Frequency"),
    ("objectives", "owner"): Ctx("field objectives.owner", "Owner"),
    ("objectives", "plan"): Ctx("field objectives.plan", "Plan"),
    ("objectives", "results"): Ctx("field objectives.results", "Results"),
    ("objectives", "results", "period"): Ctx("field objectives.results.period", "Period"),
    ("objectives", "results", "value"): Ctx("field objectives.results.value", "Value"),
    ("body",): Ctx("field body", "Content"),
    ("total_time",): Ctx("field total_time", "Total time"),
    ("settings", "agency"): Ctx("field settings.agency", "Agency"),
    ("settings", "agency", "name"): Ctx("field settings.agency.name", "Name"),
    ("settings", "agency", "short_name"): Ctx("field settings.agency.short_name", "Short name"),
    ("settings", "agency", "parent"): Ctx("field settings.agency.parent", "Parent body"),
    ("settings", "language"): Ctx("field settings.language", "Language"),
    ("settings", "standard"): Ctx("field settings.standard", "Standard"),
    ("settings", "code_pattern"): Ctx("field settings.code_pattern", "Code pattern"),
    ("settings", "review_interval_months"): Ctx("field settings.review_interval_months", "Review interval (months)"),
    ("settings", "people"): Ctx("field settings.people", "People"),
    ("settings", "people", "id"): Ctx("field settings.people.id", "Id"),
    ("settings", "people", "name"): Ctx("field settings.people.name", "Name"),
    ("settings", "people", "title"): Ctx("field settings.people.title", "Title"),
    ("settings", "people", "email"): Ctx("field settings.people.email", "Email"),
    ("settings", "roles"): Ctx("field settings.roles", "Roles"),
    ("settings", "roles", "reviewers"): Ctx("field settings.roles.reviewers", "Reviewers"),
    ("settings", "roles", "approvers"): Ctx("field settings.roles.approvers", "Approvers"),
    ("settings", "roles", "secretary"): Ctx("field settings.roles.secretary", "ISO secretary"),
    ("settings", "distribution"): Ctx("field settings.distribution", "Distribution list"),
    ("settings", "distribution", "copy"): Ctx("field settings.distribution.copy", "Copy"),
    ("settings", "distribution", "holder"): Ctx("field settings.distribution.holder", "Holder"),
    ("settings", "distribution", "unit"): Ctx("field settings.distribution.unit", "Unit"),
    ("settings", "distribution", "issued"): Ctx("field settings.distribution.issued", "Issued"),
    ("settings", "catalog"): Ctx("field settings.catalog", "TTHC catalogue"),
    ("settings", "catalog", "code"): Ctx("field settings.catalog.code", "TTHC code"),
    ("settings", "catalog", "name"): Ctx("field settings.catalog.name", "Administrative procedure"),
    ("settings", "catalog", "field"): Ctx("field settings.catalog.field", "Field"),
}

WORDS: dict[str, Msg] = {
    "added": Ctx("diff", "added"),
    "removed": Ctx("diff", "removed"),
    "modified": Ctx("diff", "modified"),
    "renamed": Ctx("diff", "renamed"),
    "inserted": Ctx("diff", "inserted"),
    "changed": Ctx("diff", "changed"),
    "moved": Ctx("diff", "moved"),
    "renumbered": Ctx("diff", "renumbered"),
    "before": Ctx("diff", "Before"),
    "after": Ctx("diff", "After"),
    "field": Ctx("diff", "Field"),
    "status": Ctx("diff", "Change"),
    "was": Ctx("diff", "was"),
    "worktree": Ctx("diff", "working tree"),
    "heading": Ctx("diff", "Changes between revisions"),
    "documents": Ctx("diff", "Changed documents"),
    "unreadable": Ctx("diff", "Could not be read"),
    "unchanged_paragraph": Ctx("diff", "unchanged paragraph"),
    "unchanged_paragraphs": Ctx("diff", "unchanged paragraphs"),
    "matched_by": Ctx("diff", "matched by"),
    "file": Ctx("diff", "file"),
    "yes": Ctx("diff", "yes"),
    "no": Ctx("diff", "no"),
    "by_code": Ctx("diff", "code"),
    "by_path": Ctx("diff", "file path"),
    "by_tthc": Ctx("diff", "TTHC code"),
    "by_title": Ctx("diff", "title"),
    "by_similarity": Ctx("diff", "similar content"),
    "settings": Ctx("diff", "Manual settings"),
    "compared": Ctx("diff", "Compared"),
    "legend_deleted": Ctx("diff", "words taken out"),
    "legend_inserted": Ctx("diff", "words put in"),
    "in_force": Ctx("diff side", "the revisions in force"),
    "draft": Ctx("diff side", "the draft"),
}

VALUES: dict[str, dict[str, Msg]] = {
    "kind": {"policy": Ctx("value of kind", "policy"), "objectives": Ctx("value of kind", "objectives"),
             "manual": Ctx("value of kind", "manual"), "procedure": Ctx("value of kind", "procedure"),
             "guideline": Ctx("value of kind", "guideline"), "form": Ctx("value of kind", "form")},
    "channels": {"in_person": Ctx("value of channels", "in person"), "online": Ctx("value of channels", "online"),
                 "postal": Ctx("value of channels", "by post")},
    "unit": {"working_hours": Ctx("value of unit", "working hours"), "working_days": Ctx("value of unit", "working days")},
    "unit_one": {"working_hours": Ctx("value of unit_one", "working hour"), "working_days": Ctx("value of unit_one", "working day")},
    "source": {"internal": Ctx("value of source", "internal"), "external": Ctx("value of source", "external")},
    "frequency": {"monthly": Ctx("value of frequency", "monthly"), "quarterly": Ctx("value of frequency", "quarterly"),
                  "half_yearly": Ctx("value of frequency", "half-yearly"), "yearly": Ctx("value of frequency", "yearly")},
    "reason": {"legal_change": Ctx("value of reason", "legal change"),
               "process_change": Ctx("value of reason", "process change"),
               "audit_finding": Ctx("value of reason", "audit finding"),
               "corrective_action": Ctx("value of reason", "corrective action"),
               "org_change": Ctx("value of reason", "organisational change"),
               "periodic_review": Ctx("value of reason", "periodic review"), "other": Ctx("value of reason", "other")},
}

def word(name: str, lang: str) -> str:
    return WORDS[name].say(lang)


def field(pattern: tuple, lang: str) -> str:
    """The name of the field at `pattern`; a definition term (or any unknown key) is itself."""
    if pattern[0] == "definitions" and len(pattern) > 1:  # a term, which may be any word
        return f"{FIELDS[('definitions',)].say(lang)}: {pattern[1]}"
    pair = FIELDS.get(pattern)
    if pair is None and pattern[0] == "settings":  # a key of isodocs.yaml this table lacks
        return str(pattern[-1])
    if pair is None:
        tail = [p for k, p in FIELDS.items() if k[-1:] == pattern[-1:]]
        return tail[0].say(lang) if tail else str(pattern[-1])
    return pair.say(lang)


def value(key: str, raw: str, lang: str) -> str:
    found = VALUES.get(key, {}).get(raw)
    return found.say(lang) if found else raw
