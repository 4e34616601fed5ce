"""A document as plain data (isodocs/diff/data.py): the loader's model and back, unchanged."""

from __future__ import annotations

import pytest

from isodocs.diff.data import document_data, document_from_data, key_order, origin_for
from isodocs.load.source import open_source
from isodocs.model.reader import load

from support.diffcases import V1, V2, manual
from support.paths import DEMO


def demo_documents() -> list:
    """The demo's documents. It is part of the repository: without it (or unreadable) collecting
    this file fails, rather than testing fewer cases."""
    loaded = load(open_source(DEMO))
    assert loaded.manual is not None, [d.code for d in loaded.diagnostics]
    return list(loaded.manual.documents)


DEMO_DOCUMENTS = demo_documents()
DOCUMENTS = list(manual(V1).documents) + list(manual(V2).documents) + DEMO_DOCUMENTS


def test_the_demo_brings_every_kind_of_document():
    assert len(DEMO_DOCUMENTS) >= 10
    assert {d.kind for d in DEMO_DOCUMENTS} >= {"policy", "objectives", "procedure", "form"}


@pytest.mark.parametrize("doc", DOCUMENTS, ids=lambda d: d.origin.path)
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
