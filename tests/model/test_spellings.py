"""Every manual of the first format keeps its meaning under format v2: a procedure written the
first way and the same procedure in v2's spelling (channels as objects, the defaults v2 adds
written out) read as the same model and print the same pages (Hypothesis)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from isodocs.load.source import open_source
from isodocs.model.reader import load
from isodocs.render.docx.manual import RenderOptions, render_document

from support.docxxml import canonical
from support.manual import make_manual, standard_bytes

SETTINGS = settings(max_examples=int(os.environ.get("ISODOCS_PROPERTY_EXAMPLES", "100")) // 4 or 1, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
STAMP = dt.datetime(2026, 3, 1, 8, 30)
PATH = "documents/QT-HT-09.yaml"

words = st.sampled_from(["Tiếp nhận hồ sơ", "Giải quyết", "Trả kết quả", "Tờ khai", "Giấy chứng sinh"])
duration = st.fixed_dictionaries({"value": st.sampled_from([0.5, 1, 3, 8]),
                                  "unit": st.sampled_from(["working_hours", "working_days"])})
item = st.fixed_dictionaries({"name": words}, optional={"originals": st.integers(0, 2), "copies": st.integers(0, 2),
                                                        "optional": st.booleans()})
first_format = st.fixed_dictionaries(
    {"code": st.just("1.001193"), "name": words, "time_limit": duration},
    optional={"channels": st.lists(st.sampled_from(["in_person", "online", "postal"]), unique=True),
              "dossier": st.lists(item, max_size=3), "dossier_sets": st.integers(1, 3), "fee": st.just("8.000 đồng"),
              "field": st.just("Hộ tịch"), "level": st.just("Cấp xã"), "receiving_place": words,
              "results": st.lists(words, max_size=2)})
steps = st.lists(st.fixed_dictionaries({"action": words, "actor": words}, optional={"time": duration}), max_size=4)


def procedure(tthc: dict, steps: list) -> dict:
    return {"code": "QT-HT-09", "title": "Quy trình đăng ký khai sinh", "kind": "procedure", "revision": 1,
            "issued": "2025-07-15", "prepared_by": "lan.nt", "reviewed_by": "hung.tv", "approved_by": "minh.lv",
            "legal_basis": ["60/2014/QH13"], "changes": [{"revision": 1, "date": "2025-07-15", "summary": "Ban hành lần đầu"}],
            "purpose": "Quy định trình tự.", "scope": "Áp dụng tại UBND xã.", "tthc": tthc,
            "steps": [{"no": n, **s} for n, s in enumerate(steps, 1)]}


def v2_spelling(tthc: dict, draw) -> dict:
    """The same procedure written the v2 way: each channel an object, the v2 defaults written."""
    tthc = dict(tthc)
    if "channels" in tthc:
        tthc["channels"] = [{"channel": c} for c in tthc["channels"]]
    tthc["time_limit"] = {**tthc["time_limit"], "extensions": []}
    if "dossier" in tthc:
        tthc["dossier"] = [{**d, "present": False, "channels": []} if draw(st.booleans()) else d for d in tthc["dossier"]]
    return tthc


def read(tmp_path, name: str, data: dict):
    root = make_manual(tmp_path, {PATH: yaml.safe_dump(data, allow_unicode=True, sort_keys=False)}, standard=True,
                       name=name)
    loaded = load(open_source(root))
    assert not [d for d in loaded.diagnostics if d.path == PATH], [d.message("en") for d in loaded.diagnostics]
    return loaded.manual


@SETTINGS
@given(first=first_format, steps=steps, data=st.data())
def test_a_first_format_procedure_and_its_v2_spelling_are_the_same(tmp_path_factory, first, steps, data):
    tmp_path = tmp_path_factory.mktemp("spellings")
    v1 = read(tmp_path, "v1", procedure(first, steps))
    v2 = read(tmp_path, "v2", procedure(v2_spelling(first, data.draw), steps))
    one, two = v1.document("QT-HT-09"), v2.document("QT-HT-09")
    assert dataclasses.replace(one, origin=two.origin) == two
    pages = [canonical(render_document(manual, doc, RenderOptions(stamp=STAMP))) for manual, doc in ((v1, one), (v2, two))]
    assert pages[0] == pages[1]


def test_the_standard_manual_is_a_first_format_manual():
    """The fixture the rule tests start from writes channels the first way, if at all."""
    assert b"channel:" not in standard_bytes()[PATH.replace("QT-HT-09", "QT-HT-01")]
