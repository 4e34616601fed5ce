"""A document as plain data (isodocs/diff/data.py): the loader's model and back, unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from isodocs.diff.data import document_data, document_from_data, key_order, origin_for
from isodocs.load.source import open_source
from isodocs.model.reader import load

from support.diffcases import V1, V2, manual

DEMO = Path(__file__).resolve().parents[2] / "examples" / "agency_demo"


def documents():
    docs = list(manual(V1).documents) + list(manual(V2).documents)
    if (DEMO / "isodocs.yaml").exists():
        docs += load(open_source(DEMO)).manual.documents
    return docs


@pytest.mark.parametrize("doc", documents(), ids=lambda d: d.origin.path)
def test_data_builds_the_same_document(doc):
    data = document_data(doc)
    assert document_from_data(data, doc.origin) == doc
    assert origin_for(doc.origin.path, doc.origin.blob_id) == doc.origin


def test_data_leaves_out_empty_values_and_follows_the_format_order():
    data = document_data(manual(V1).document("QT-HT-01"))
    assert list(data)[:4] == ["code", "title", "kind", "revision"]
    assert "owner" not in data and "body" not in data
    assert data["steps"][0] == {"no": 1, "action": "Tiếp nhận hồ sơ", "actor": "Công chức tiếp nhận",
                                "time": {"value": 0.5, "unit": "working_hours"}, "forms": ["BM-HT-01"]}
    assert data["tthc"]["dossier"][0] == {"name": "Tờ khai đăng ký khai sinh", "originals": 1, "copies": 0,
                                          "form": "BM-HT-01"}
    assert data["issued"] == "2025-07-15"


def test_unknown_keys_sort_after_known_ones_alphabetically():
    assert key_order({"zeta", "alpha", "code", "title"}) == ["code", "title", "alpha", "zeta"]
    assert key_order({"time", "no", "action"}, ("steps",)) == ["no", "action", "time"]
