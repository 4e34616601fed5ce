"""All errors at once: a file that fails its schema is still judged by every rule that reads
nothing it lost, and pruning never makes a rule report something false."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from isodocs.check import Context, check
from isodocs.load.schema import field_name
from isodocs.load.text import split_front_matter
from isodocs.load.yamlio import compose, parse
from isodocs.model.reader import load

from support.manual import LEGAL, LEGAL_PATH, POLICY_PATH, PROCEDURE, PROCEDURE_PATH, MemorySource, standard_bytes

DEMO = Path(__file__).resolve().parents[2] / "examples" / "agency_demo"
DEMO_FILES = {p.relative_to(DEMO).as_posix(): p.read_bytes() for p in sorted(DEMO.rglob("*")) if p.is_file()}
QT = "documents/tthc/ho-tich/QT-HT-02-dang-ky-ket-hon.yaml"
TODAY = dt.date(2026, 12, 1)
SCHEMA = "S"  # schema findings' codes start with it


def edited(files: dict[str, bytes], path: str, old: str, new: str) -> dict[str, bytes]:
    text = files[path].decode("utf-8")
    assert text.count(old) == 1, old
    return {**files, path: text.replace(old, new).encode("utf-8")}


def found(files: dict[str, bytes]) -> set[tuple[str, str, int | None]]:
    return {(d.code, d.path, d.line) for d in check(load(MemorySource(files)), TODAY)}


# --- the two ways errors came in waves ------------------------------------------------------------

SLOW_STEP = ("time: {value: 2.5, unit: working_hours}", "time: {value: 9.5, unit: working_hours}")
DEMO_SLOW = edited(DEMO_FILES, QT, *SLOW_STEP)


def test_a_schema_error_in_the_configuration_hides_no_document_s_finding():
    files = edited(DEMO_SLOW, "isodocs.yaml", "review_interval_months: 12", "review_interval_months: mười hai")
    loaded = load(MemorySource(files))
    assert loaded.manual is None
    line = files["isodocs.yaml"].decode("utf-8").split("\n").index("review_interval_months: mười hai") + 1
    assert found(files) == found(DEMO_SLOW) | {("S202", "isodocs.yaml", line)}
    assert ("P501", QT, 94) in found(files)


def test_a_configuration_that_cannot_be_read_at_all_hides_no_document_s_finding():
    """A YAML syntax error: nothing of isodocs.yaml can be used, so no rule reading it judges (no
    person unknown, no code against a pattern), and every other rule judges every document."""
    files = edited(DEMO_SLOW, "isodocs.yaml", "review_interval_months: 12", "review_interval_months: [12")
    loaded = load(MemorySource(files))
    assert loaded.manual is None and loaded.salvaged.lost == {()}
    said = found(files)
    assert {d for d in said if d[1] == "isodocs.yaml"} and all(d[0].startswith("F") for d in said
                                                                if d[1] == "isodocs.yaml")
    assert {d for d in said if d[1] != "isodocs.yaml"} == found(DEMO_SLOW)


def test_a_schema_error_in_a_document_hides_none_of_its_own_findings():
    files = edited(DEMO_SLOW, QT, "  dossier_sets: 1", "  dossier_sets: một")
    assert found(files) == found(DEMO_SLOW) | {("S202", QT, 93)}
    assert {("P501", QT, 94), ("D315", QT, 5)} <= found(DEMO_SLOW)


def test_every_finding_is_said_once():
    files = edited(edited(DEMO_SLOW, QT, "  dossier_sets: 1", "  dossier_sets: một"),
                   "isodocs.yaml", "review_interval_months: 12", "review_interval_months: mười hai")
    diagnostics = check(load(MemorySource(files)), TODAY)
    assert len({d.sort_key() for d in diagnostics}) == len(diagnostics)
    assert diagnostics == sorted(diagnostics, key=lambda d: d.sort_key()[:4])


# --- a configuration salvaged ----------------------------------------------------------------------

STANDARD_SLOW = standard_bytes({PROCEDURE_PATH: PROCEDURE.replace("{value: 6, unit: working_hours}",
                                                                  "{value: 9, unit: working_hours}")})


def config(old: str, new: str) -> dict[str, bytes]:
    return edited(STANDARD_SLOW, "isodocs.yaml", old, new)


def test_a_person_lost_from_the_configuration_is_not_unknown_to_every_document():
    files = config("  hung.tv: {name: Trần Văn Hùng, title: Phó Chủ tịch UBND xã}", "  hung.tv: {name: 5}")
    # without the guard: hung.tv unknown as reviewer of all three documents, and in `roles`
    assert found(files) == {("S203", "isodocs.yaml", 8), ("P501", PROCEDURE_PATH, 21)}


def test_lost_roles_judge_no_reviewer_but_people_still_are():
    files = config("  reviewers: [hung.tv, minh.lv]", "  reviewers: hung.tv")
    files = edited(files, PROCEDURE_PATH, "prepared_by: lan.nt", "prepared_by: lan")
    assert found(files) == {("S202", "isodocs.yaml", 11), ("D304", PROCEDURE_PATH, 7), ("P501", PROCEDURE_PATH, 21)}


def test_a_lost_code_pattern_judges_no_code_and_no_reference():
    """`TT.01` is not a code by the manual's pattern (codes join with `-`): without the pattern,
    the fallback would take it for one and call it unknown."""
    files = edited(STANDARD_SLOW, PROCEDURE_PATH, "references: [CS-01]", "references: [CS-01, TT.01]")
    assert found(files) == {("P501", PROCEDURE_PATH, 21)}
    lost = edited(files, "isodocs.yaml", "code_pattern: '^[A-Z]{2,5}(-[A-Z0-9]+)+$'", "code_pattern: 5")
    assert found(lost) == {("S203", "isodocs.yaml", 5), ("P501", PROCEDURE_PATH, 21)}


def test_a_lost_agency_still_lets_every_document_be_checked():
    files = config("  name: Ủy ban nhân dân xã Tân Phú", "  name: [Ủy ban nhân dân xã Tân Phú]")
    assert found(files) == {("S202", "isodocs.yaml", 2), ("P501", PROCEDURE_PATH, 21)}


def test_the_configuration_s_own_rules_judge_what_it_kept():
    files = config("  approvers: [minh.lv]", "  approvers: [minh.lv, lan]\nreview_interval_months: 0")
    assert found(files) == {("S207", "isodocs.yaml", 13), ("C602", "isodocs.yaml", 12), ("P501", PROCEDURE_PATH, 21)}


# --- documents salvaged, and the others ---------------------------------------------------------------

def test_a_document_whose_forms_failed_leaves_no_reference_to_them_unknown():
    policy = STANDARD_SLOW[POLICY_PATH].decode().replace("approved_by: minh.lv",
                                                         "approved_by: minh.lv\nreferences: [BM-HT-01]")
    files = {**STANDARD_SLOW, POLICY_PATH: policy.encode()}
    assert found(files) == {("P501", PROCEDURE_PATH, 21)}
    broken = edited(files, PROCEDURE_PATH, "title: Tờ khai đăng ký khai sinh, source", "title: '', source")
    # the form list lost an item: steps and dossier naming BM-HT-01 are not judged against it
    assert found(broken) == {("S209", PROCEDURE_PATH, 29), ("P501", PROCEDURE_PATH, 21)}


def test_a_salvaged_document_is_still_a_duplicate():
    copy = PROCEDURE.replace("  time_limit:", "  dossier_sets: một\n  time_limit:")
    files = standard_bytes({"documents/QT-HT-01-ban-sao.yaml": copy})
    assert found(files) == {("S202", "documents/QT-HT-01-ban-sao.yaml", 21), ("D301", PROCEDURE_PATH, 1)}


def test_a_rule_reading_what_was_lost_does_not_judge_the_document():
    """Step 2's time is cut: the steps' total would be short of it, and step 2 would be a step
    without a time. Neither is said; the step numbers, which are intact, are still judged."""
    files = edited(STANDARD_SLOW, PROCEDURE_PATH, "time: {value: 9, unit: working_hours}",
                   "time: {value: 9, unit: hours}")
    files = edited(files, PROCEDURE_PATH, "  - {no: 3,", "  - {no: 4,")
    assert found(files) == {("S204", PROCEDURE_PATH, 26), ("P503", PROCEDURE_PATH, 27)}


# --- format v2: what a lost part would make false ------------------------------------------------

HT05 = "documents/tthc/ho-tich/QT-HT-05-dang-ky-lai-khai-tu.yaml"
HT06 = "documents/tthc/ho-tich/QT-HT-06-lien-thong-khai-tu-xoa-thuong-tru.yaml"


def test_a_lost_alternative_leaves_no_single_alternative():
    """One of two alternatives loses its name and is cut whole: the group would list one paper
    (P512); it is not judged. The file changed since its approval (D315), as any edit does."""
    files = edited(DEMO_FILES, HT05, "- {name: \"Bản sao hồ sơ, giấy tờ liên quan có nội dung chứng minh sự kiện chết\",",
                   "- {name: \"\",")
    assert found(files) == found(DEMO_FILES) | {("S209", HT05, 85), ("D315", HT05, 15)}


def test_a_lost_agency_leaves_no_step_without_time():
    """Another agency's step has no time; were its `agency` cut, it would look like the
    agency's own step without a time (P504). It is not judged."""
    files = edited(DEMO_FILES, HT06, "    agency: Công an xã\n", "    agency: [Công an xã]\n")
    assert not any(code == "P504" for code, _, _ in found(files))
    assert {code for code, path, _ in found(files) if path == HT06} == {"S202", "D315"}


# --- a required key stood in for ----------------------------------------------------------------------

# beside the broken key: a form's source misspelt (S204, line 29) and the last step misnumbered (P503)
ELSEWHERE = {("source: external}", "source: outside}"), ("  - {no: 3,", "  - {no: 4,")}
ELSEWHERE_FOUND = {("S204", PROCEDURE_PATH, 29), ("P503", PROCEDURE_PATH, 27), ("P501", PROCEDURE_PATH, 21)}


@pytest.mark.parametrize("old, new, found_there", [
    ("title: Quy trình đăng ký khai sinh", "title: [Quy trình đăng ký khai sinh]", ("S202", 2)),
    ("revision: 2", "revision: abc", ("S202", 4)),
    ("issued: 2025-07-15", "issued: 2025-07-32", ("S205", 5)),
    ("prepared_by: lan.nt", "prepared_by: 5", ("S203", 7)),
    ("approved_by: minh.lv", "approved_by: Lê Văn Minh", ("S206", 9)),
    ("code: QT-HT-01", "code: 5", ("S203", 1)),
    ("  - {revision: 1, date: 2024-03-01, summary: Ban hành lần đầu}",
     "  - {revision: một, date: 2024-03-01, summary: Ban hành lần đầu}", ("S202", 14)),
    ("purpose: Quy định trình tự đăng ký khai sinh.", "purpose: [Quy định trình tự]", ("S202", 16)),
    ('  code: "1.001193"', "  code: 1.001193", ("S203", 19)),
    ("  name: Đăng ký khai sinh", "  name: [Đăng ký khai sinh]", ("S202", 20)),
], ids=["title", "revision", "issued", "prepared_by", "approved_by", "code", "changes", "purpose", "tthc.code",
        "tthc.name"])
def test_a_required_key_that_failed_hides_none_of_the_document_s_other_findings(old, new, found_there):
    """The key is stood in for: the document is still judged by every rule that does not read it
    (P501 on its steps' times, the schema elsewhere in it), and nothing reads the stand-in (no
    unknown person, no missing change row, no code pattern or approval judged on it)."""
    text = PROCEDURE.replace("{value: 6, unit: working_hours}", "{value: 9, unit: working_hours}")
    for before, after in ELSEWHERE:
        text = text.replace(before, after)
    assert found(standard_bytes({PROCEDURE_PATH: text})) == ELSEWHERE_FOUND
    assert text.count(old + "\n") == 1
    broken = standard_bytes({PROCEDURE_PATH: text.replace(old + "\n", new + "\n")})
    assert found(broken) == ELSEWHERE_FOUND | {(found_there[0], PROCEDURE_PATH, found_there[1])}


def test_a_document_without_a_kind_is_still_not_judged():
    """`kind` has no stand-in: it decides what the document is (its steps, its objectives)."""
    text = PROCEDURE.replace("{value: 6, unit: working_hours}", "{value: 9, unit: working_hours}")
    broken = standard_bytes({PROCEDURE_PATH: text.replace("kind: procedure", "kind: quy-trinh")})
    assert found(broken) == {("S204", PROCEDURE_PATH, 3)}


def test_a_stood_in_code_or_revision_judges_no_approval():
    """QT-HT-02 was edited since its approval (D315). With its code or its revision lost, the
    stand-in is not compared with the approval records: D315 is not said, neither is anything else."""
    assert ("D315", QT, 5) in found(DEMO_SLOW)
    files = edited(DEMO_SLOW, QT, "\nrevision: 3\n", "\nrevision: ba\n")
    assert found(files) == found(DEMO_SLOW) - {("D315", QT, 5)} | {("S202", QT, 5)}
    # a code that is not text is a name gone: the documents naming QT-HT-02 name what is unknown
    named = {("D312", "documents/bieu-mau/BM-MC-01-giay-tiep-nhan-ho-so.md", 16),
             ("D312", "documents/tthc/ho-tich/QT-HT-04-xac-nhan-tinh-trang-hon-nhan.yaml", 24)}
    files = edited(DEMO_SLOW, QT, "code: QT-HT-02", "code: 2")
    assert found(files) == found(DEMO_SLOW) - {("D315", QT, 5)} | {("S203", QT, 2)} | named


# --- the register and approval records ------------------------------------------------------------------

def test_a_salvaged_register_entry_is_judged_and_cited():
    legal = LEGAL.replace("  title: Luật Hộ tịch\n  issued: 2014-11-20\n",
                          "  title: Luật Hộ tịch\n  issued: 2014-11-20\n  source: {url: 5}\n", 1)
    legal = legal.replace("  status: in_force", "  status: expired", 1)
    files = standard_bytes({LEGAL_PATH: legal})
    assert found(files) == {("S203", LEGAL_PATH, 6), ("L408", LEGAL_PATH, 8), ("L403", PROCEDURE_PATH, 10)}


def test_a_register_entry_that_lost_a_date_is_not_judged_by_it():
    """`effective` is cut: a not-yet-effective entry without one would be `L408`, falsely."""
    legal = LEGAL.replace("  effective: 2016-01-01", "  effective: 2031-02-30", 1)
    legal = legal.replace("  status: in_force", "  status: not_yet_effective", 1)
    files = standard_bytes({LEGAL_PATH: legal})
    assert found(files) == {("S205", LEGAL_PATH, 6)}


def test_a_salvaged_approval_record_still_pins_what_it_approved():
    record = ("code: QT-HT-01\naction: approve\nrevision: 2\npath: documents/QT-HT-01.yaml\n"
              f"content: '{'0' * 40}'\nissued: 2025-07-15\neffective: 2025-08-01\nby: minh.lv\nname: Lê Văn Minh\n"
              "date: 2025-07-20\ndecision: 17\n")
    files = standard_bytes({"approvals/QT-HT-01/r2.yaml": record})
    assert found(files) == {("S203", "approvals/QT-HT-01/r2.yaml", 11), ("D315", PROCEDURE_PATH, 4)}


def test_a_rule_asked_on_its_own_judges_the_manual_s_documents_only():
    """`status` asks one rule (D315) of a manual it lists: what failed its schema is not in it."""
    files = edited(DEMO_FILES, QT, "  dossier_sets: 1", "  dossier_sets: một")
    loaded = load(MemorySource(files))
    from isodocs.check.approvals import approved_content_unchanged

    assert list(approved_content_unchanged(Context(loaded.manual, loaded))) == []
    assert [d.code for d in approved_content_unchanged(Context(loaded.manual, loaded, salvaged=True))] == ["D315"]


# --- the property: pruning never reports a false finding ------------------------------------------------

def _scalars(node, keys=()):
    """(keys, node) of every scalar value in a YAML node tree (not the keys of mappings)."""
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            yield from _scalars(value, keys + (key.value,))
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            yield from _scalars(item, keys + (i,))
    elif isinstance(node, yaml.ScalarNode):
        yield keys, node


def _front(text: str) -> tuple[str, int]:
    """The YAML of a document file and where it starts in the text."""
    parts = split_front_matter(text)
    if parts is None:
        return text, 0
    start = text.index("\n") + 1
    assert text[start:start + len(parts[0])] == parts[0]
    return parts[0], start


# YAML of another type than the value read: text for a number, a number for text...
WRONG = {str: ("[]", "{}", "12345", "true"), int: ("[]", "{}", "'x'", "true"), float: ("[]", "{}", "'x'", "true"),
         bool: ("[]", "{}", "'x'", "12345")}


def _candidates(path: str) -> list[tuple[tuple, int, int, tuple[str, ...]]]:
    """(keys, start, end, wrong values) of the one-line scalars of a document that may be
    corrupted: all but codes, the names other documents point at (a code of the wrong type is a
    name gone, and references to it are rightly unknown)."""
    text = DEMO_FILES[path].decode("utf-8")
    yaml_text, start = _front(text)
    data = parse(yaml_text, path).data
    out = []
    for keys, node in _scalars(compose(yaml_text, path)):
        if keys == ("code",) or (keys[:1] == ("forms",) and keys[-1] == "code"):
            continue
        value = data
        for key in keys:
            value = value[key]
        if node.start_mark.line == node.end_mark.line:
            out.append((keys, start + node.start_mark.index, start + node.end_mark.index, WRONG[type(value)]))
    return out


DOCUMENTS = sorted(p for p in DEMO_FILES if p.startswith("documents/"))
CANDIDATES = {path: _candidates(path) for path in DOCUMENTS}


def _with(path: str, start: int, end: int, value: str) -> dict[str, bytes]:
    text = DEMO_FILES[path].decode("utf-8")
    return {**DEMO_FILES, path: (text[:start] + value + text[end:]).encode("utf-8")}


def _said(files) -> dict[str, set]:
    by_path: dict[str, set] = {}
    for d in check(load(MemorySource(files)), TODAY):
        by_path.setdefault(d.path, set()).add((d.code, d.line, d.message("en")))
    return by_path


BASELINE = _said(DEMO_FILES)
EDITED: dict[str, set] = {}  # each document's findings when only its bytes change (a comment): D315 then


def _edited_baseline(path: str) -> set:
    if path not in EDITED:
        EDITED[path] = _said({**DEMO_FILES, path: DEMO_FILES[path] + b"# ghi chu\n"}).get(path, set())
    return EDITED[path]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(DOCUMENTS), st.data())
def test_pruning_never_makes_a_false_finding(path, data):
    keys, start, end, wrong = data.draw(st.sampled_from(CANDIDATES[path]), label="scalar")
    wrong = data.draw(st.sampled_from(wrong), label="value")
    said = _said(_with(path, start, end, wrong))
    others = {p: f for p, f in said.items() if p != path}
    assert others == {p: f for p, f in BASELINE.items() if p != path}, field_name(keys)
    own = {f for f in said.get(path, set()) if not f[0].startswith(SCHEMA)}
    assert own <= _edited_baseline(path), (field_name(keys), own - _edited_baseline(path))
    assert said.get(path), field_name(keys)  # the corruption itself is reported


def test_salvaged_register_entries_stand_where_they_were_read():
    title = "  title: Về thực hiện cơ chế một cửa\n"
    legal = LEGAL.replace(title, title + "  source: {url: 5}\n")
    loaded = load(MemorySource(standard_bytes({LEGAL_PATH: legal})))
    written = [e.number for e in load(MemorySource(standard_bytes())).manual.legal]
    ctx = Context(loaded.manual, loaded, TODAY, salvaged=True)
    assert [e.number for e in ctx.legal(needs=("number",))] == written
    assert "61/2018/NĐ-CP" not in [e.number for e in ctx.legal(needs=("source.url",))]
    assert [e.number for e in Context(loaded.manual, loaded, TODAY).legal(needs=("number",))] == \
        [n for n in written if n != "61/2018/NĐ-CP"]
