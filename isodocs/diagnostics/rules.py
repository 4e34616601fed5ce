"""Every diagnostic isodocs can report, declared once with a stable code.

Codes are grouped by what they look at: F files, S schema, C configuration, D documents,
L legal basis, P procedures, O objectives. A code is never reused for another meaning;
a retired rule keeps its code out of circulation.
"""

from __future__ import annotations

from isodocs.diagnostics import Rule, Severity
from isodocs.i18n import Msg

E, W = Severity.ERROR, Severity.WARNING
ALL: dict[str, Rule] = {}


class DuplicateCode(Exception):
    """Two rules declared with one code: codes identify findings for good."""


def rule(code: str, name: str, severity: Severity, message: Msg, hints: tuple[Msg, ...] = (),
         doc: Msg | None = None) -> Rule:
    """Declare a rule; its messages are sentences of the catalogue, with {placeholders} the
    finding fills in (a value may itself be a Msg, said in the same language)."""
    if code in ALL:
        raise DuplicateCode(code)
    declared = Rule(code, name, severity, message, hints, doc)
    ALL[code] = declared
    return declared


# --- F: files ------------------------------------------------------------------------------
EMPTY_FILE = rule(
    "F101", "empty-file", E,
    Msg("The file is empty."),
    hints=(Msg("Write the document's keys into it, or delete the file."),),
    doc=Msg("An empty file under documents/ or legal/ is almost always an unfinished copy."),
)
NOT_UTF8 = rule(
    "F102", "not-utf8", E,
    Msg("The file is not UTF-8 text (unreadable byte at position {offset})."),
    hints=(Msg("Save the file with the UTF-8 encoding (in your editor: Save As, Encoding: UTF-8)."),),
    doc=Msg("Vietnamese letters are stored in UTF-8 by Git and every current editor; a file in another encoding would show its accents as wrong characters in every output."),
)
YAML_SYNTAX = rule(
    "F103", "yaml-syntax", E,
    Msg("YAML syntax error: {problem}."),
    hints=(Msg("Check the indentation (spaces, not tabs) and put quotes around values that contain ': ' or ' #'."),),
    doc=Msg("A file YAML cannot read is a document isodocs cannot check or print: the line and column show where reading stopped."),
)
YAML_TOO_COMPLEX = rule(
    "F104", "yaml-too-complex", E,
    Msg("The YAML is too complex to read safely: {why}."),
    hints=(Msg("Write the values out instead of using anchors (&) and aliases (*), and nest less deeply."),),
    doc=Msg("A few lines of aliases (&, *) can stand for millions of values; a manual may come from anyone's repository, so isodocs stops reading rather than fill the computer's memory."),
)
FILE_TOO_LARGE = rule(
    "F105", "file-too-large", E,
    Msg("The file is {size} bytes; isodocs reads files of at most {limit} bytes."),
    hints=(Msg("Split it into several documents."),),
    doc=Msg("Keys and text fit in a few kilobytes; a file of megabytes is almost always something pasted in by mistake, and would slow every command."),
)
NO_FRONT_MATTER = rule(
    "F106", "front-matter", E,
    Msg("A Markdown document must start with front matter: a line '---', the document's keys, and a closing '---'."),
    hints=(Msg("Add the front matter at the top of the file, or close it with a line '---'."),),
    doc=Msg("A Markdown document keeps its keys (code, title, revision…) between two lines '---' at its top; without them isodocs cannot tell which document it is."),
)
NOT_A_MAPPING = rule(
    "F107", "not-a-mapping", E,
    Msg("Expected keys and values here, found {found}."),
    hints=(Msg("Write each field as 'key: value' on its own line."),),
    doc=Msg("Every document, legal entry and isodocs.yaml is a set of keys with their values; a list or a bare value in its place cannot be read as one."),
)
OUTSIDE_MANUAL = rule(
    "F108", "outside-manual", E,
    Msg("`{target}` lies outside the manual."),
    hints=(Msg("Keep every file the manual uses inside the manual's folder."),),
    doc=Msg("isodocs reads only the manual's own folder: a file elsewhere (another folder, another drive) does not travel with the manual, and a manual from someone else's repository must never make isodocs read other files."),
)
DUPLICATE_KEY = rule(
    "F109", "duplicate-key", E,
    Msg("The key `{key}` is written twice; only the second value would be kept."),
    hints=(Msg("Keep one `{key}` and delete the other."),),
    doc=Msg("When a key is written twice, YAML keeps only the last value and drops the other without a word; which one was meant must be decided by a person."),
)

UNREADABLE = rule(
    "F110", "unreadable-file", E,
    Msg("The file cannot be read: {reason}."),
    hints=(Msg("Check that the file exists and that you may read it."),),
    doc=Msg("A file isodocs cannot read would be left out of the check and the manual without anyone noticing."),
)

BAD_REFERENCE_DOCX = rule(
    "F111", "bad-reference-docx", E,
    Msg("reference.docx cannot be used: {why}."),
    hints=(Msg("Save a Word document (.docx) with the styles you want as reference.docx, or remove it to use the built-in styles."),),
    doc=Msg("The styles file comes from the repository: it must be a real, reasonably sized Word document."),
)
COMMA_IN_BRACES = rule(
    "F112", "comma-in-braces", E,
    Msg("A comma inside curly brackets ends the text before it: `{rest}` is read as a key without a value, and the "
        "text is cut at the comma."),
    hints=(Msg("Put the whole text in quotes: {fix}"),),
    doc=Msg("Inside curly brackets a comma separates keys. Titles of people, form names and retention periods are written with "
            "commas, and the controlled document printed the cut text."),
)
SUBMODULE = rule(
    "F113", "submodule", E,
    Msg("`{folder}` is a Git submodule: its files belong to another repository, which isodocs does not read."),
    hints=(Msg("Keep the manual's files in its own repository: remove the submodule (`git rm`) and add its files."),),
    doc=Msg("A folder of documents held in a submodule was read as empty: `check --rev` checked no document and "
            "passed."),
)
BAD_TEMPLATE = rule(
    "F114", "bad-label-template", E,
    Msg("The label template cannot be used: {why}."),
    hints=(Msg("docs/customising.md says what a label template may hold: correct it, or remove the file to use the "
               "built-in labels."),),
    doc=Msg("A manual's templates come from the repository: they run in a sandbox within bounds of time and size, "
            "and `check` tries each of them, so a build never fails, hangs or runs out of memory on one."),
)

# --- S: schema -----------------------------------------------------------------------------
MISSING_KEY = rule(
    "S201", "missing-key", E,
    Msg("The required key `{key}` is missing{where}."),
    hints=(Msg("Add `{key}:` with its value; docs/format.md shows an example."),),
    doc=Msg("Each kind of document needs certain keys: without them it cannot be controlled or printed (a procedure without its time limit cannot be checked against the law)."),
)
WRONG_TYPE = rule(
    "S202", "wrong-type", E,
    Msg("`{field}` must be {expected}, found {found}."),
    hints=(Msg("Write it like this: {example}"),
           Msg("Correct the value of `{field}`."),),
    doc=Msg("isodocs works with the values (adds up times, compares dates), so each key needs the kind of value the format gives it."),
)
QUOTE_TEXT = rule(
    "S203", "quote-text", E,
    Msg("`{field}` must be text, but YAML read {value} as a number."),
    hints=(Msg("Put it in quotes: \"{clause}\" (clause \"7.10\" is not 7.1)."),
           Msg("Put it in quotes: \"{value}\"."),),
    doc=Msg("YAML reads 1.001190 and 7.10 as numbers and drops their last zeros: codes and clause numbers must stay as written."),
)
BAD_VALUE = rule(
    "S204", "bad-value", E,
    Msg("`{field}`: `{value}` is not one of {allowed}."),
    hints=(Msg("Did you mean `{suggestion}`?"),
           Msg("Write one of those values; docs/format.md says what each means."),),
    doc=Msg("Some keys take one of a fixed set of words (kind, unit, status), so that every manual means the same by them."),
)
BAD_DATE = rule(
    "S205", "bad-date", E,
    Msg("`{field}`: `{value}` is not a real date in the form YYYY-MM-DD."),
    hints=(Msg("Write the date as year-month-day, e.g. 2025-07-01."),),
    doc=Msg("Dates are compared and printed (01/12/2026); only the form YYYY-MM-DD is read the same way everywhere."),
)
BAD_FORMAT = rule(
    "S206", "bad-format", E,
    Msg("`{field}`: `{value}` does not have the expected form."),
    hints=(Msg("It must match the pattern {pattern}."),),
    doc=Msg("Some values have a fixed form, such as a person's id (lan.nt) or a date, so that they can be looked up and compared."),
)
OUT_OF_RANGE = rule(
    "S207", "out-of-range", E,
    Msg("`{field}` must be {bound}, found {value}."),
    hints=(Msg("Correct the number."),),
    doc=Msg("A number outside its range is a typing mistake (a revision 0, a year 25) that would print wrong in the manual."),
)
UNKNOWN_KEY = rule(
    "S208", "unknown-key", W,
    Msg("Unknown key `{key}`{where}; it is ignored."),
    hints=(Msg("Did you mean `{suggestion}`?"),
           Msg("Check the spelling, or remove the key."),),
    doc=Msg("A typo in a key would otherwise pass silently; keys added by a later version are only warnings."),
)
EMPTY_VALUE = rule(
    "S209", "empty-value", E,
    Msg("`{field}` must not be empty."),
    hints=(Msg("Fill it in, or remove the key if it is optional."),),
    doc=Msg("An empty required value would print as a gap in the controlled document."),
)
SCHEMA_OTHER = rule(
    "S210", "schema", E,
    Msg("`{field}`: {detail}."),
    hints=(Msg("docs/format.md describes this key."),),
    doc=Msg("Any other way a value breaks the format described in docs/format.md; the message says which key and how."),
)
DATE_TOO_LATE = rule(
    "S211", "date-too-late", E,
    Msg("`{field}`: {value} lies after 2107, the last year a Word file can record."),
    hints=(Msg("Correct the year: a date this far ahead is a typo."),),
    doc=Msg("A DOCX file is a zip, whose entries carry dates up to 2107: the manual could not be built."),
)

# --- C: configuration (isodocs.yaml) ---------------------------------------------------------
BAD_CODE_PATTERN = rule(
    "C601", "bad-code-pattern", E,
    Msg("code_pattern is not a valid regular expression: {detail}."),
    hints=(Msg("Quote the pattern in single quotes, e.g. '^QT-[0-9]+$'."),),
    doc=Msg("code_pattern is a regular expression every document code is checked against; a pattern that cannot be read checks nothing."),
)
ROLE_UNKNOWN_PERSON = rule(
    "C602", "role-unknown-person", E,
    Msg("roles.{role} names `{person}`, who is not listed under people."),
    hints=(Msg("Add `{person}` under people, or correct the id."),),
    doc=Msg("Roles name people by their id under people, so that every name printed in a document is the person's full name and title."),
)

SLOW_CODE_PATTERN = rule(
    "C603", "slow-code-pattern", E,
    Msg("code_pattern takes too long to match the code `{code}`."),
    hints=(Msg("Simplify it: avoid nested repetition such as (A+)+; e.g. '^[A-Z]{{2,5}}(-[A-Z0-9]+)+$'."),),
    doc=Msg("Some patterns take practically forever on a code they do not fit; a manual may come from anyone's repository, so isodocs gives up on such a pattern rather than hang."),
)
DUPLICATE_CATALOG = rule(
    "C604", "duplicate-catalog-code", W,
    Msg("catalog lists the TTHC `{code}` twice."),
    hints=(Msg("Keep one line per TTHC code."),),
    doc=Msg("The catalog is the list `isodocs coverage` counts the procedures against: a TTHC listed twice would be counted twice."),
)
DUPLICATE_COPY = rule(
    "C605", "duplicate-copy-number", E,
    Msg("distribution numbers two controlled copies {copy}."),
    hints=(Msg("Give each copy its own number: the number printed on it identifies it when it is recalled."),),
    doc=Msg("A recall notice names copies by number; two copies with one number cannot both be traced."),
)

# --- D: documents --------------------------------------------------------------------------
DUPLICATE_CODE = rule(
    "D301", "duplicate-code", E,
    Msg("The code `{code}` is also used by {other}."),
    hints=(Msg("Give each document its own code."),),
    doc=Msg("The code identifies a document in the master list, in references and in approvals: two documents with one code cannot be told apart."),
)
CODE_PATTERN = rule(
    "D302", "code-pattern", E,
    Msg("The code `{code}` does not match the manual's code_pattern {pattern}."),
    hints=(Msg("Rename the code to follow the pattern, or change code_pattern in isodocs.yaml."),),
    doc=Msg("The agency's coding rule (isodocs.yaml code_pattern) keeps the master list orderly; a code that breaks it is usually a typing mistake."),
)
EFFECTIVE_BEFORE_ISSUED = rule(
    "D303", "effective-before-issued", E,
    Msg("The effective date {effective} is before the issue date {issued}."),
    hints=(Msg("A document takes effect on or after the day it is issued; correct one of the dates."),),
    doc=Msg("A document cannot take effect before the day it is issued; one of the two dates is a typing mistake."),
)
UNKNOWN_PERSON = rule(
    "D304", "unknown-person", E,
    Msg("`{field}`: `{person}` is not listed under people in isodocs.yaml."),
    hints=(Msg("Did you mean `{suggestion}`?"),
           Msg("Add them under people in isodocs.yaml."),),
    doc=Msg("Documents name people by their id, so that the names and titles printed come from one list (people in isodocs.yaml)."),
)
NOT_REVIEWER = rule(
    "D305", "not-reviewer", E,
    Msg("`{person}` reviews this document but is not among roles.reviewers."),
    hints=(Msg("Choose one of: {allowed}, or add them to roles.reviewers."),),
    doc=Msg("Only the people the agency appointed to review documents (roles.reviewers) may review them."),
)
NOT_APPROVER = rule(
    "D306", "not-approver", E,
    Msg("`{person}` approves this document but is not among roles.approvers."),
    hints=(Msg("Choose one of: {allowed}, or add them to roles.approvers."),),
    doc=Msg("Only the leaders the agency appointed to approve documents (roles.approvers) may approve them."),
)
APPROVER_IS_PREPARER = rule(
    "D307", "approver-is-preparer", E,
    Msg("`{person}` both prepared and approves this document."),
    hints=(Msg("The approver must be someone other than the preparer."),),
    doc=Msg("ISO 9001 clause 7.5.2 asks for review and approval; approving one's own draft is neither."),
)
CHANGE_MISSING = rule(
    "D308", "change-missing", E,
    Msg("`changes` has no row for revision {revision}."),
    hints=(Msg("Add a row: - {{revision: {revision}, date: YYYY-MM-DD, summary: ...}}"),),
    doc=Msg("The revision table (theo dõi sửa đổi) must show every revision from 1 to the current one."),
)
CHANGE_EXTRA = rule(
    "D309", "change-extra", E,
    Msg("`changes` has a row for revision {revision}, but the document is at revision {current}."),
    hints=(Msg("Raise `revision` to {revision}, or remove the row."),),
    doc=Msg("The revision table must end at the current revision: a row ahead of it is a revision not issued yet."),
)
CHANGE_ORDER = rule(
    "D310", "change-order", E,
    Msg("`changes` rows are out of order: revision {revision} comes after revision {previous}."),
    hints=(Msg("List the rows from revision 1 upwards."),),
    doc=Msg("The revision table is read from the first issue to the newest, as it is printed."),
)
CHANGE_DUPLICATE = rule(
    "D311", "change-duplicate", E,
    Msg("`changes` has two rows for revision {revision}."),
    hints=(Msg("Merge them into one row."),),
    doc=Msg("Each revision has one row in the revision table, saying everything that revision changed."),
)
UNKNOWN_REFERENCE = rule(
    "D312", "unknown-reference", E,
    Msg("`references` names `{ref}`, which looks like a document code, but no document has it."),
    hints=(Msg("Did you mean `{suggestion}`?"),
           Msg("Correct the code, or write the full citation of an outside document."),),
    doc=Msg("A reference that names no document of the manual sends the reader nowhere; it is usually a mistyped code."),
)
ATTACHMENT_MISSING = rule(
    "D313", "attachment-missing", E,
    Msg("The attachment `{target}` does not exist in the manual."),
    hints=(Msg("Write the path relative to the manual's folder, e.g. documents/bieu-mau/BM-01.docx."),),
    doc=Msg("The form's Word file is printed and distributed with the manual: it must be in the manual's folder."),
)
UNKNOWN_CHANGE_REF = rule(
    "D314", "unknown-change-ref", W,
    Msg("The `changes` row for revision {revision} refers to `{ref}`, which is neither in the legal register nor a document code."),
    hints=(Msg("Correct the reference, or add the legal document to legal/."),),
    doc=Msg("A revision's reasons (refs) should name the legal text or document that caused it, so the change can be traced."),
)
UNKNOWN_CLAUSE = rule(
    "D320", "unknown-clause", W,
    Msg("ISO 9001:2015 has no clause {clause}."),
    hints=(Msg("Did you mean {suggestion}?"),
           Msg("Cite clauses 4 to 10 as numbered in the standard, e.g. \"8.5.1\"."),),
    doc=Msg("Clause coverage (`isodocs coverage`) counts only the standard's clauses: a mistyped one counts nowhere."),
)
DATED_BEFORE_APPROVAL = rule(
    "D321", "dated-before-approval", W,
    Msg("Revision {revision} gives {date} as its {field}, but was approved only on {approved}; {consequence}."),
    hints=(Msg("Next time write the dates the approval will have before it is approved, or record the approval on "
               "the issue date: isodocs approve {code} --date {code}=YYYY-MM-DD."),),
    doc=Msg("A document cannot be issued or take effect before it is approved: the pages, `status` and the master "
            "list must agree on the day it takes effect."),
)

APPROVED_CONTENT_CHANGED = rule(
    "D315", "approved-content-changed", E,
    Msg("Revision {revision} was approved on {date} by {by}, but its content has changed since, under the same revision number."),
    hints=(Msg("Raise `revision` to {next} and add a `changes` row for it, then have it approved (or undo the edit)."),),
    doc=Msg("ISO 9001 clause 7.5.3 asks that changes be controlled: approved content never changes silently."),
)

# --- L: legal basis ------------------------------------------------------------------------
UNKNOWN_LEGAL = rule(
    "L401", "unknown-legal", E,
    Msg("`{number}` is not in the legal register."),
    hints=(Msg("Did you mean `{suggestion}`? Otherwise add an entry for it under legal/."),
           Msg("Add an entry for it under legal/, or correct the number."),),
    doc=Msg("Every legal text a document cites is kept in the legal register (legal/), with its status, so isodocs can warn when it expires or is replaced."),
)
CITES_REPLACED = rule(
    "L402", "cites-replaced", E,
    Msg("Cites `{number}`, which has been replaced by `{replacement}`."),
    hints=(Msg("Cite `{replacement}` instead and issue a new revision."),),
    doc=Msg("A document must rest on the legal texts in force; a replaced text has to be swapped for its replacement in a new revision."),
)
CITES_EXPIRED = rule(
    "L403", "cites-expired", E,
    Msg("Cites `{number}`, which is no longer in force{since}."),
    hints=(Msg("Remove it, or cite the document now in force, and issue a new revision."),),
    doc=Msg("A document must rest on the legal texts in force; an expired text with no replacement has to be removed in a new revision."),
)
PLAIN_D = rule(
    "L404", "number-spelling", W,
    Msg("`{number}` is not written the official way: `{official}`."),
    hints=(Msg("Write `{official}` (type codes keep their Đ and their case: NĐ-CP, QĐ-TTg, QyĐ)."),),
    doc=Msg("People type ND-CP for NĐ-CP; both name the same decree, so the citation still resolves."),
)
DUPLICATE_LEGAL = rule(
    "L405", "duplicate-legal", E,
    Msg("The legal number `{number}` is also registered in {other}."),
    hints=(Msg("Keep one entry per legal document."),),
    doc=Msg("Each legal text is registered once, so that its status is kept in one place."),
)
RELATION_TARGET_MISSING = rule(
    "L406", "relation-target-missing", E,
    Msg("`{field}` names `{number}`, which is not in the legal register."),
    hints=(Msg("Add an entry for `{number}` under legal/, or list it under `unlisted` to keep it out of the register on purpose."),),
    doc=Msg("Impact follows amendments and replacements through the register: a relation that leads nowhere hides the document that now governs."),
)
RELATION_CYCLE = rule(
    "L407", "relation-cycle", E,
    Msg("`{field}` goes round in a circle: {cycle}."),
    hints=(Msg("A document is amended or replaced only by a later one; correct the numbers along the circle."),),
    doc=Msg("A text is amended or replaced only by a later one; a circle of amendments means a number was written on the wrong entry."),
)
STATUS_INCONSISTENT = rule(
    "L408", "status-inconsistent", W,
    Msg("The status `{status}` does not agree with the entry: {why}."),
    hints=(Msg("Check the document in the national legal database and correct `status`, `effective`, `expired_on` or `replaced_by`."),),
    doc=Msg("Citations are judged by status (L402, L403): a status left behind by the dates misleads them. Dates are compared with today (`isodocs check --today` fixes the day)."),
)
TTHC_RESCINDED = rule(
    "L409", "tthc-rescinded", W,
    Msg("Serves the TTHC `{code}`, which `{decision}` ({date}) rescinded: the procedure is due for withdrawal."),
    hints=(Msg("Withdraw the procedure, or correct tthc.code if it serves another TTHC."),),
    doc=Msg("A publication decision (quyết định công bố) that rescinds a TTHC leaves its ISO procedure without an object."),
)
CITED_REPLACED_SINCE_APPROVAL = rule(
    "L410", "cited-replaced-since-approval", E,
    Msg("Revision {revision} (approved {approved}) relies on `{number}`, which was replaced or expired since: {changes}."),
    hints=(Msg("Revise the document (a `changes` row with reason legal_change naming it in refs) and have it approved; if no change is needed, record the review: isodocs legal ack {code} {number} --by ... --note ..."),),
    doc=Msg("A revision rests on the legal texts in force when it was approved; once one of them is replaced or expires, the procedure no longer rests on the law in force. isodocs compares the legal register of the approval's commit with today's, so only a manual in Git is checked (`isodocs impact` lists the commits)."),
)
CITED_CHANGED_SINCE_APPROVAL = rule(
    "L411", "cited-changed-since-approval", W,
    Msg("Revision {revision} (approved {approved}) relies on `{number}`, which changed since: {changes}."),
    hints=(Msg("Review the change: revise the document, or record that no change is needed: isodocs legal ack {code} {number} --by ... --note ..."),),
    doc=Msg("When a legal text a revision relies on is amended, partly expires, or gets new dates or a new title after the approval, someone must check that the document still agrees with it. Only a manual in Git is checked."),
)
TTHC_MODIFIED_SINCE_APPROVAL = rule(
    "L412", "tthc-modified-since-approval", W,
    Msg("Serves the TTHC `{tthc}`, which `{number}` ({date}) modified after revision {revision} was approved ({approved})."),
    hints=(Msg("Update the procedure to the published TTHC and have it approved, or record that no change is needed: isodocs legal ack {code} {number} --by ... --note ..."),),
    doc=Msg("A publication decision signed after the procedure was approved may change the TTHC's dossier, steps or time limit, which the procedure must then follow. Only a manual in Git is checked."),
)

# --- P: procedures -------------------------------------------------------------------------
STEPS_EXCEED_LIMIT = rule(
    "P501", "steps-exceed-limit", E,
    Msg("The steps take {steps} working hours, more than the time limit of {limit} working hours."),
    hints=(Msg("Shorten the steps' times or correct the time limit (1 working day = 8 working hours)."),),
    doc=Msg("A published provincial procedure had steps adding to 8.5 days against a statutory 7."),
)
FORM_NOT_LISTED = rule(
    "P502", "form-not-listed", E,
    Msg("The form `{form}` is used by {where} but is not listed under `forms`."),
    hints=(Msg("Add it: forms: - {{code: {form}, title: ...}}"),),
    doc=Msg("Every form a procedure uses is listed under `forms`, which is printed as the procedure's list of forms."),
)
STEP_ORDER = rule(
    "P503", "step-order", E,
    Msg("Step number {no} is out of order; step {expected} was expected here."),
    hints=(Msg("Number the steps 1, 2, 3, … in order."),),
    doc=Msg("Steps are printed and referred to by number (\"step 2\"); numbers out of order confuse the reader."),
)
STEP_WITHOUT_TIME = rule(
    "P504", "step-without-time", W,
    Msg("Step {no} has no time, so the time limit cannot be fully checked."),
    hints=(Msg("Give it a time, e.g. time: {{value: 0.5, unit: working_hours}}."),),
    doc=Msg("Without a time for every step, isodocs cannot prove that the steps fit the statutory time limit (P501)."),
)
DUPLICATE_FORM = rule(
    "P505", "duplicate-form", W,
    Msg("The form `{form}` is listed twice under `forms`."),
    hints=(Msg("Remove one of them."),),
    doc=Msg("A form listed twice prints twice in the procedure's list of forms."),
)

INTERNAL_FORM_MISSING = rule(
    "P506", "internal-form-missing", W,
    Msg("The internal form `{form}` is named here, but no document of the manual has this code."),
    hints=(Msg("Add the form to the manual as a document of kind form (e.g. documents/bieu-mau/{form}.md), "
               "or write `source: external` if a legal document prescribes it."),),
    doc=Msg("A form the agency makes is a controlled document (ISO 9001 clause 7.5.3): an auditor asks for "
            "every internal form a procedure uses. Forms prescribed by a ministry (`source: external`) are "
            "controlled as external documents instead."),
)

# --- O: objectives -------------------------------------------------------------------------
DUPLICATE_OBJECTIVE = rule(
    "O701", "duplicate-objective", E,
    Msg("The objective id `{id}` is used twice."),
    hints=(Msg("Give each objective its own id."),),
    doc=Msg("Results are reported by objective id in the management review; two objectives with one id cannot be told apart."),
)
