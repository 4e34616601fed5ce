"""What reading keeps of files that fail their schema (isodocs/model/reader.py): salvaged beside
the model, never in it, with the key paths they lost."""

from __future__ import annotations

import pytest

from isodocs.model.reader import Salvaged, load, touches

from support.manual import (
    CONFIG,
    LEGAL,
    LEGAL_PATH,
    POLICY_PATH,
    PROCEDURE,
    PROCEDURE_PATH,
    MemorySource,
    standard_bytes,
)


def loaded_with(overrides):
    return load(MemorySource(standard_bytes(overrides)))


def test_a_clean_manual_salvages_nothing():
    loaded = loaded_with({})
    assert loaded.partial == loaded.partial_legal == loaded.partial_approvals == ()
    assert loaded.salvaged is None and loaded.checkable is loaded.manual and loaded.broken_forms == frozenset()


def test_a_document_that_fails_is_salvaged_beside_the_manual_not_in_it():
    procedure = PROCEDURE.replace('  code: "1.001193"\n', '  code: "1.001193"\n  dossier_sets: một\n')
    loaded = loaded_with({PROCEDURE_PATH: procedure})
    assert "QT-HT-01" not in loaded.manual.by_code
    [salvaged] = loaded.partial
    assert salvaged.item.code == "QT-HT-01" and salvaged.lost == {("tthc", "dossier_sets")}
    assert salvaged.item.procedure.tthc.time_limit.hours == 8 and salvaged.item.procedure.tthc.dossier_sets is None
    assert salvaged.item.origin.path == PROCEDURE_PATH
    # its code still counts as a document's, and it is still named as a file that could not be read
    assert "QT-HT-01" in loaded.broken_codes and loaded.unread_documents == (PROCEDURE_PATH,)
    assert loaded.broken_forms == {"BM-HT-01"}


def test_a_document_whose_kind_fails_is_not_salvaged():
    """`kind` has no stand-in: it decides what the document is."""
    loaded = loaded_with({PROCEDURE_PATH: PROCEDURE.replace("kind: procedure", "kind: process")})
    assert loaded.partial == () and "QT-HT-01" in loaded.broken_codes
    assert loaded.broken_forms == {"BM-HT-01"}  # its forms may still be named by others


def test_a_document_whose_required_key_fails_is_salvaged_with_a_stand_in():
    procedure = PROCEDURE.replace("title: Quy trình đăng ký khai sinh", "title: [Quy trình đăng ký khai sinh]")
    procedure = procedure.replace("action: Giải quyết,", "action: [Giải quyết],")
    loaded = loaded_with({PROCEDURE_PATH: procedure})
    [salvaged] = loaded.partial
    assert salvaged.lost == {("title",), ("steps", "action")}
    assert salvaged.item.title == "-" and [s.action for s in salvaged.item.procedure.steps][1] == "-"
    # the steps keep their places, their times and numbers: what reads them still judges them
    assert [s.no for s in salvaged.item.procedure.steps] == [1, 2, 3]
    assert salvaged.intact(("steps.time", "steps.no", "tthc.time_limit")) and not salvaged.intact(("title",))
    assert loaded.unread_documents == (PROCEDURE_PATH,)  # never built from: it is still not read


def test_a_markdown_document_is_salvaged_with_its_body():
    policy = standard_bytes()[POLICY_PATH].decode()
    policy = policy.replace("issued: 2024-03-01", "issued: 2024-03-01\neffective: 2024-02-30")
    [salvaged] = loaded_with({POLICY_PATH: policy}).partial
    assert salvaged.lost == {("effective",)} and salvaged.item.effective is None
    assert "cam kết" in salvaged.item.body and salvaged.item.origin.line_offset == 1


def test_a_config_that_fails_leaves_no_manual_but_one_to_check():
    loaded = loaded_with({"isodocs.yaml": CONFIG + "review_interval_months: mười hai\n"})
    assert loaded.manual is None  # every command that builds or records refuses, as before
    assert isinstance(loaded.salvaged, Salvaged) and loaded.salvaged.lost == {("review_interval_months",)}
    checkable = loaded.checkable
    assert checkable is loaded.salvaged.item
    assert {d.code for d in checkable.documents} == {"QT-HT-01", "CS-01", "MT-2025"}
    assert len(checkable.legal) > 0 and set(checkable.config.people) == {"lan.nt", "hung.tv", "minh.lv"}
    assert checkable.config.review_interval_months == 12 and loaded.unread_documents == ()


def test_a_config_without_a_usable_agency_gets_a_stand_in():
    loaded = loaded_with({"isodocs.yaml": CONFIG.replace("  name: Ủy ban nhân dân xã Tân Phú\n", "  name: 5\n")})
    assert loaded.manual is None and loaded.salvaged.lost == {("agency", "name")}
    assert loaded.checkable.config.agency.short_name == "UBND xã Tân Phú"


@pytest.mark.parametrize("config", ["- agency\n", "agency:\n  name: x\n people: 3\n", "~\n", b"agency: \xff\n"],
                         ids=["a list", "bad YAML", "empty", "not UTF-8"])
def test_a_config_that_cannot_be_used_at_all_lost_everything(config):
    """Its documents are still read, to be checked by the rules that read nothing of it."""
    loaded = loaded_with({"isodocs.yaml": config})
    assert loaded.manual is None and loaded.salvaged.lost == {()}
    assert {d.code for d in loaded.checkable.documents} == {"QT-HT-01", "CS-01", "MT-2025"}
    assert not loaded.salvaged.intact(("language",)) and loaded.document_files == tuple(sorted(
        ("documents/QT-HT-01.yaml", "documents/CS-01.md", "documents/MT-2025.yaml")))


def test_register_entries_that_fail_are_salvaged_where_they_stood():
    legal = LEGAL.replace("  title: Luật Hộ tịch\n", "  title: Luật Hộ tịch\n  source: {url: 5}\n", 1)
    loaded = loaded_with({LEGAL_PATH: legal})
    [salvaged] = loaded.partial_legal
    assert salvaged.item.number == "60/2014/QH13" and salvaged.lost == {("source",)}
    assert salvaged.after == 0 and salvaged.item.index == 0  # the first entry of the register
    assert "60/2014/QH13" not in loaded.manual.legal_by_key and "60/2014/QH13" in loaded.broken_legal


def test_approval_records_that_fail_are_salvaged():
    record = ("code: QT-HT-01\naction: withdraw\nby: minh.lv\nname: Lê Văn Minh\ndate: 2026-01-19\nreason: 17\n")
    loaded = loaded_with({"approvals/QT-HT-01/withdrawn.yaml": record})
    [salvaged] = loaded.partial_approvals
    assert salvaged.item.code == "QT-HT-01" and salvaged.lost == {("reason",)} and loaded.manual.approvals == ()


def test_a_lost_path_touches_what_lies_within_it_or_holds_it():
    assert touches(("tthc",), ("tthc", "time_limit"))
    assert touches(("tthc", "time_limit", "value"), ("tthc", "time_limit"))
    assert touches(("steps",), ("steps", "time"))
    assert not touches(("tthc", "dossier_sets"), ("tthc", "time_limit"))
    assert not touches(("steps", "time"), ("steps", "no"))
    salvaged = Salvaged(object(), frozenset({("tthc", "dossier_sets"), ("forms", "source")}))
    assert salvaged.intact(("steps.time", "tthc.time_limit", "forms.code"))
    assert not salvaged.intact(("tthc",)) and not salvaged.intact(("forms.source",))


def test_a_valid_manual_pays_nothing_for_salvage(monkeypatch):
    from isodocs.model import reader

    def refuse(*args, **kwargs):
        raise AssertionError("pruned valid data")

    monkeypatch.setattr(reader, "prune", refuse)
    assert loaded_with({}).manual is not None  # every file valid: nothing is pruned
    with_a_warning = loaded_with({PROCEDURE_PATH: PROCEDURE + "ghi_chu: thêm\n"})  # a warning is no failure
    assert with_a_warning.manual.document("QT-HT-01") is not None
