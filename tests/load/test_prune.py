"""Salvaging data that fails its schema (isodocs/load/schema.py `prune`): what is cut, what is
kept, and the key paths named as lost."""

from __future__ import annotations

import copy

import pytest

from isodocs.diagnostics import Severity
from isodocs.load.schema import prune, validate
from isodocs.model.reader import DOCUMENT_STAND_INS

PROCEDURE = {
    "code": "QT-01", "title": "Quy trình", "kind": "procedure", "revision": 1, "issued": "2025-01-01",
    "prepared_by": "lan.nt", "reviewed_by": "hung.tv", "approved_by": "minh.lv",
    "changes": [{"revision": 1, "date": "2025-01-01", "summary": "Ban hành lần đầu"}],
    "purpose": "Mục đích", "scope": "Phạm vi",
    "tthc": {"code": "1.000894", "name": "Đăng ký kết hôn", "dossier_sets": 1,
             "time_limit": {"value": 8, "unit": "working_hours"},
             "dossier": [{"name": "Tờ khai", "form": "BM-01"}]},
    "steps": [
        {"no": 1, "action": "Tiếp nhận", "actor": "Một cửa", "time": {"value": 1, "unit": "working_hours"}},
        {"no": 2, "action": "Giải quyết", "actor": "Hộ tịch", "time": {"value": 2, "unit": "working_hours"}},
        {"no": 3, "action": "Trả kết quả", "actor": "Một cửa", "time": {"value": 1, "unit": "working_hours"}},
    ],
    "forms": [{"code": "BM-01", "title": "Tờ khai", "source": "external"}],
}


def broken(edit) -> dict:
    data = copy.deepcopy(PROCEDURE)
    edit(data)
    return data


def errors(kind: str, data) -> list:
    return [i for i in validate(kind, data) if i.rule.severity is Severity.ERROR]


def test_a_valid_document_loses_nothing():
    pruned = prune("document", PROCEDURE)
    assert pruned.data == PROCEDURE and pruned.lost == frozenset()


def test_a_wrong_scalar_in_a_mapping_is_cut_alone():
    data = broken(lambda d: d["tthc"].update(dossier_sets="một"))
    pruned = prune("document", data)
    assert pruned.lost == {("tthc", "dossier_sets")}
    assert "dossier_sets" not in pruned.data["tthc"]
    assert pruned.data["tthc"]["time_limit"] == {"value": 8, "unit": "working_hours"}
    assert errors("document", pruned.data) == []
    assert data["tthc"]["dossier_sets"] == "một"  # the data given is left as it was


def test_a_missing_required_key_takes_its_mapping():
    pruned = prune("document", broken(lambda d: d["tthc"].pop("time_limit")))
    assert pruned.lost == {("tthc",)} and "tthc" not in pruned.data
    assert pruned.data["steps"] == PROCEDURE["steps"]


def test_a_bad_list_item_is_cut_and_the_whole_list_counts_as_lost():
    """The items after a cut one move up a place: a position read from the list no longer names
    the item it named, so the list is lost as a whole (what it still holds stays in the data)."""
    pruned = prune("document", broken(lambda d: d["steps"][1].update(actor=3)))
    assert pruned.lost == {("steps",)}
    assert [s["no"] for s in pruned.data["steps"]] == [1, 3]


def test_several_items_of_one_list_go_in_one_round():
    def edit(d):
        d["steps"][0]["no"] = "một"
        d["steps"][2]["action"] = ""
    pruned = prune("document", broken(edit))
    assert [s["no"] for s in pruned.data["steps"]] == [2] and pruned.lost == {("steps",)}


def test_nested_failures_climb_until_the_data_is_valid():
    """time_limit.value fails: cut; time_limit then lacks `value`: cut; tthc then lacks
    `time_limit`: cut. One lost path is named, the outermost."""
    pruned = prune("document", broken(lambda d: d["tthc"]["time_limit"].update(value="tám")))
    assert pruned.lost == {("tthc",)} and "tthc" not in pruned.data


def test_a_key_inside_a_list_item_is_named_without_its_position():
    pruned = prune("document", broken(lambda d: d["steps"][1]["time"].update(unit="days")))
    assert pruned.lost == {("steps", "time")}
    assert "time" not in pruned.data["steps"][1] and len(pruned.data["steps"]) == 3


def test_failures_in_different_places_are_each_cut():
    def edit(d):
        d["effective"] = "2025-02-30"
        d["forms"][0]["source"] = "outside"
        d["tthc"]["dossier"][0]["form"] = 7
    pruned = prune("document", broken(edit))
    assert pruned.lost == {("effective",), ("forms", "source"), ("tthc", "dossier", "form")}
    assert errors("document", pruned.data) == []


@pytest.mark.parametrize("edit", [
    lambda d: d.update(code=5),  # a required key of the document itself
    lambda d: d.pop("title"),
    lambda d: d.update(kind="quy-trinh"),
    lambda d: d.update(changes=[]),  # at least one row: the list goes, then the document lacks it
    lambda d: d.pop("steps"),  # required of a procedure (if/then)
])
def test_when_the_whole_document_would_go_nothing_is_kept(edit):
    assert prune("document", broken(edit)) is None


OBJECTIVES = {
    **{key: PROCEDURE[key] for key in ("revision", "issued", "prepared_by", "reviewed_by", "approved_by", "changes")},
    "code": "MT-2025", "title": "Mục tiêu", "kind": "objectives", "year": 2025,
    "objectives": [{"id": "MT-01", "text": "Đúng hạn", "target": {"op": ">=", "value": 98}}],
}
FAILING = {list: "x", int: "x", str: ["x"], dict: "x"}  # a value of another type, by the type of the right one


def _put_at(data, named: tuple, value) -> int:
    """Put value(old value) at every place `named` (a key path without list positions) names in
    `data`; how many places."""
    count = 0
    for item in data if isinstance(data, list) else [data]:
        if isinstance(item, dict) and named[0] in item:
            if len(named) == 1:
                item[named[0]] = value(item[named[0]])
                count += 1
            else:
                count += _put_at(item[named[0]], named[1:], value)
    return count


@pytest.mark.parametrize("named", sorted(DOCUMENT_STAND_INS), ids=lambda n: ".".join(n))
def test_each_document_stand_in_keeps_the_rest_of_the_document(named):
    """Each required key a document may lose is stood in for by a valid value: the document is
    kept, with that key (and only it) lost, and everything else as written."""
    data = copy.deepcopy(PROCEDURE if named[0] in PROCEDURE else OBJECTIVES)
    assert _put_at(data, named, lambda value: FAILING[type(value)]) >= 1
    pruned = prune("document", data, DOCUMENT_STAND_INS)
    assert pruned is not None and pruned.lost == {named}
    _put_at(data, named, lambda value: DOCUMENT_STAND_INS[named])
    assert pruned.data == data  # the stand-in in the key's place, all else as written
    assert errors("document", pruned.data) == []


def test_a_document_without_a_valid_kind_has_no_stand_in():
    assert prune("document", broken(lambda d: d.update(kind="quy-trinh")), DOCUMENT_STAND_INS) is None
    assert prune("document", broken(lambda d: d.update(title=["x"], code=5)), DOCUMENT_STAND_INS).lost == \
        {("title",), ("code",)}


def test_unknown_keys_are_warnings_and_cut_nothing():
    data = broken(lambda d: d.update(ghi_chu="thêm"))
    assert prune("document", data) == prune("document", data)
    pruned = prune("document", data)
    assert pruned.lost == frozenset() and pruned.data["ghi_chu"] == "thêm"
    data["tthc"]["fee"] = 0  # an error beside the warning: only the error is cut
    pruned = prune("document", data)
    assert pruned.lost == {("tthc", "fee")} and pruned.data["ghi_chu"] == "thêm"


CONFIG = {"agency": {"name": "UBND xã Tân Phú", "short_name": "UBND xã"},
          "people": {"lan.nt": {"name": "Lan"}, "hung.tv": {"name": "Hùng"}},
          "roles": {"reviewers": ["hung.tv"]}}
STAND_INS = {("agency",): {"name": "-"}, ("agency", "name"): "-"}


def test_a_bad_key_of_a_mapping_cuts_that_entry_only():
    pruned = prune("manual", {**CONFIG, "people": {**CONFIG["people"], "Nguyễn Lan": {"name": "Lan"}}})
    assert pruned.lost == {("people", "Nguyễn Lan")} and set(pruned.data["people"]) == {"lan.nt", "hung.tv"}


def test_a_stand_in_takes_the_place_of_a_required_key_the_model_cannot_do_without():
    pruned = prune("manual", {**CONFIG, "agency": {"name": 5, "short_name": "UBND xã"}}, STAND_INS)
    assert pruned.data["agency"] == {"name": "-", "short_name": "UBND xã"}
    assert pruned.lost == {("agency", "name")}
    pruned = prune("manual", {key: value for key, value in CONFIG.items() if key != "agency"}, STAND_INS)
    assert pruned.data["agency"] == {"name": "-"} and pruned.lost == {("agency",)}
    assert prune("manual", {"people": CONFIG["people"]}) is None  # without one, nothing is kept


def test_a_config_keeps_what_did_not_fail():
    pruned = prune("manual", {**CONFIG, "review_interval_months": "mười hai"}, STAND_INS)
    assert pruned.lost == {("review_interval_months",)}
    assert pruned.data == CONFIG


def test_register_entries_and_approval_records_are_pruned_alike():
    entry = {"number": "60/2014/QH13", "type": "Luật", "title": "Luật Hộ tịch", "issued": "2014-11-20",
             "status": "in_force", "source": {"url": 5}, "effective": "2016-13-01"}
    pruned = prune("legal", entry)
    assert pruned.lost == {("source",), ("effective",)}
    assert set(pruned.data) == {"number", "type", "title", "issued", "status"}
    record = {"code": "QT-01", "action": "withdraw", "by": "minh.lv", "name": "Minh", "date": "2026-01-19",
              "reason": 17}
    assert prune("approval", record).lost == {("reason",)}
