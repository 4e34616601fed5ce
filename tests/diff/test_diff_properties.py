"""Property tests of the diff on generated manuals (Hypothesis):

- a revision compared with itself shows nothing;
- replaying the JSON diff of A→B on A's model gives B's documents (isodocs.diff.apply);
- the diff of B→A mirrors the diff of A→B (sides, statuses and list operations swapped);
- every output renders it;
- and the Word redline drawn from it gives B's documents with every change accepted, and A's
  with every change rejected.

Manuals are built straight as models from generated document data: procedures, policies and
objectives over small vocabularies, so that steps share actions, texts share words, and
codes, titles and TTHC codes collide, which is what exercises matching, moving and renaming.
B is either generated independently or derived from A by random edits.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
from typing import Any

import pygit2
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from isodocs import model as m
from isodocs.diff.apply import apply
from isodocs.diff.changes import ADDED, INSERTED, REMOVED, DocumentDiff, ItemChange, ListChange, ManualDiff, ValueChange
from isodocs.diff.data import document_data, document_from_data, origin_for
from isodocs.diff.engine import diff_manuals
from isodocs.diff.plain import to_data
from isodocs.model.reader import load
from isodocs.render import diffview as view
from isodocs.render.docx.manual import RenderOptions, render_document
from isodocs.render.docx.redline import document_marking, render_redline
from isodocs.render.html import diff as html_out
from isodocs.render.json.diff import to_json
from isodocs.render.labels import labels_for
from isodocs.render.text import diff as text_out

from support.manual import CONFIG, MemorySource
from support.redline_xml import part, resolve, section_texts, sections, texts

# ISODOCS_PROPERTY_EXAMPLES=5000 for a longer hunt; 100 keeps the suite quick (generating is the slow part).
SETTINGS = settings(max_examples=int(os.environ.get("ISODOCS_PROPERTY_EXAMPLES", "100")), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

CONFIG_MODEL = load(MemorySource({"isodocs.yaml": CONFIG.encode()})).manual.config

WORDS = ["hồ sơ", "tiếp nhận", "kiểm tra", "giải quyết", "trả kết quả", "công chức", "UBND", "xã",
         "thẩm định", "ký duyệt", "đúng hạn", "công khai", "Đăng ký", "khai sinh", "lưu trữ", ","]
ACTIONS = ["Tiếp nhận hồ sơ", "Kiểm tra hồ sơ", "Thẩm định hồ sơ", "Ký duyệt", "Trả kết quả", "Vào sổ"]
ACTORS = ["Công chức tiếp nhận", "Công chức Tư pháp - Hộ tịch", "Lãnh đạo UBND"]
PEOPLE = ["lan.nt", "hung.tv", "minh.lv"]
NUMBERS = ["60/2014/QH13", "123/2015/NĐ-CP", "118/2025/NĐ-CP", "61/2018/NĐ-CP"]
CODES = ["QT-01", "QT-02", "QT-03", "CS-01", "MT-2025"]

phrase = st.lists(st.sampled_from(WORDS), min_size=1, max_size=6).map(" ".join)
text = st.lists(phrase, min_size=1, max_size=4).map("\n\n".join)
maybe = lambda strategy: st.none() | strategy  # noqa: E731
dates = st.dates(dt.date(2024, 1, 1), dt.date(2026, 12, 31)).map(lambda d: d.isoformat())
duration = st.fixed_dictionaries({"value": st.sampled_from([0.5, 1.0, 2.0, 8.0]),
                                  "unit": st.sampled_from(["working_hours", "working_days"])})


def _record(required: dict, optional: dict) -> st.SearchStrategy[dict]:
    return st.fixed_dictionaries(required, optional=optional)


step = _record({"action": st.sampled_from(ACTIONS) | phrase, "actor": st.sampled_from(ACTORS)},
               {"time": duration, "forms": st.lists(st.sampled_from(["BM-01", "BM-02"]), max_size=2, unique=True),
                "output": phrase})
dossier_item = _record({"name": st.sampled_from(["Tờ khai", "Giấy chứng sinh", "Văn bản ủy quyền"]) | phrase,
                        "originals": st.integers(0, 2), "copies": st.integers(0, 2)},
                       {"form": st.sampled_from(["BM-01", "BM-02"]), "optional": st.just(True)})
tthc = _record({"code": st.sampled_from(["1.001193", "1.000656"]), "name": phrase, "time_limit": duration},
               {"channels": st.lists(st.sampled_from(["in_person", "online", "postal"]), unique=True, min_size=1),
                "dossier": st.lists(dossier_item, min_size=1, max_size=4), "fee": st.sampled_from(["0 đồng", "8.000 đồng"]),
                "dossier_sets": st.integers(1, 3)})
objective = _record({"id": st.sampled_from(["MT-01", "MT-02", "MT-03"]), "text": phrase,
                     "target": st.fixed_dictionaries({"op": st.sampled_from([">=", "="]),
                                                      "value": st.sampled_from([0.0, 98.0, 100.0])})},
                    {"unit": st.just("%"), "results": st.lists(st.fixed_dictionaries({
                        "period": st.sampled_from(["2025-Q1", "2025-Q2", "2025-Q3"]),
                        "value": st.sampled_from([97.5, 99.0])}), min_size=1, max_size=3)})
change_row = _record({"date": dates, "summary": phrase},
                     {"reason": st.sampled_from(["legal_change", "other"]), "refs": st.lists(st.sampled_from(NUMBERS), max_size=2)})


@st.composite
def document(draw, code: str | None = None) -> dict:
    kind = draw(st.sampled_from(["procedure", "policy", "objectives"]))
    revision = draw(st.integers(1, 3))
    data = {
        "code": code or draw(st.sampled_from(CODES)), "title": draw(phrase), "kind": kind, "revision": revision,
        "issued": draw(dates), "prepared_by": draw(st.sampled_from(PEOPLE)), "reviewed_by": draw(st.sampled_from(PEOPLE)),
        "approved_by": draw(st.sampled_from(PEOPLE)),
        "changes": [dict(draw(change_row), revision=n) for n in range(1, revision + 1)],
        "effective": draw(maybe(dates)), "owner": draw(maybe(phrase)),
        "legal_basis": draw(st.lists(st.sampled_from(NUMBERS), unique=True, max_size=3)),
        "clauses": draw(st.lists(st.sampled_from(["7.5", "8.1", "8.2.1"]), unique=True, max_size=3)),
    }
    if kind == "procedure":
        steps = draw(st.lists(step, max_size=6))
        data.update(purpose=draw(text), scope=draw(maybe(text)), tthc=draw(maybe(tthc)),
                    steps=[{"no": n, **s} for n, s in enumerate(steps, 1)],
                    definitions=draw(st.dictionaries(st.sampled_from(["UBND", "TTHC", "HS"]), phrase, max_size=2)),
                    forms=draw(st.lists(_record({"code": st.sampled_from(["BM-01", "BM-02", "BM-03"]), "title": phrase},
                                                {"source": st.sampled_from(["internal", "external"])}), max_size=3)),
                    records=draw(st.lists(_record({"name": phrase}, {"keeper": st.sampled_from(ACTORS)}), max_size=3)))
    elif kind == "objectives":
        data.update(year=draw(st.integers(2024, 2026)), objectives=draw(st.lists(objective, min_size=1, max_size=4)))
    else:
        data["body"] = draw(text)
    return {k: v for k, v in data.items() if v is not None}


def edit(draw, data: dict) -> dict:
    """A few random edits of one document's data: values replaced, list items shuffled,
    dropped or added, words changed."""
    data = json.loads(json.dumps(data))
    fresh = draw(document(code=data["code"]))
    for key in draw(st.lists(st.sampled_from(sorted(set(data) | set(fresh))), max_size=4, unique=True)):
        if key in ("kind", "changes") or (key in fresh) != (key in data) and key in ("year", "objectives", "body"):
            continue
        value = data.get(key)
        if isinstance(value, list) and value and draw(st.booleans()):
            value = draw(st.permutations(value))[: draw(st.integers(key == "objectives", len(value)))]
            if key == "steps":
                value += fresh.get("steps", [])[:1]
                value = [{**s, "no": n} for n, s in enumerate(value, 1)] if draw(st.booleans()) else value
            data[key] = value
        elif key in fresh and fresh["kind"] == data["kind"]:
            data[key] = fresh[key]
        elif key not in ("code", "title", "revision", "issued", "prepared_by", "reviewed_by", "approved_by"):
            data.pop(key, None)
    return data


def build(docs: list[tuple[str, dict]]) -> m.Manual:
    built = [document_from_data(data, origin_for(path, str(pygit2.hash(json.dumps(data, sort_keys=True).encode()))))
             for path, data in docs]
    return m.Manual(root="", config=CONFIG_MODEL, documents=tuple(sorted(built, key=lambda d: (d.code, d.origin.path))))


@st.composite
def manual_pair(draw) -> tuple[m.Manual, m.Manual]:
    count = draw(st.integers(0, 4))
    a = [(f"documents/d{n}.{'md' if draw(st.booleans()) else 'yaml'}", draw(document())) for n in range(count)]
    if draw(st.integers(0, 4)) == 0:  # an unrelated B
        b = [(f"documents/e{n}.yaml", draw(document())) for n in range(draw(st.integers(0, 4)))]
        return build(a), build(b)
    b = []
    for path, data in a:
        fate = draw(st.sampled_from(["keep", "edit", "edit", "move", "recode", "drop"]))
        if fate == "drop":
            continue
        if fate in ("edit", "move", "recode"):
            data = edit(draw, data)
        if fate == "move":
            path = path.replace("documents/", "documents/moved/")
        if fate == "recode":
            data["code"] = draw(st.sampled_from(CODES))
        b.append((path, data))
    b += [(f"documents/new{n}.yaml", draw(document())) for n in range(draw(st.integers(0, 2)))]
    return build(a), build(b)


@SETTINGS
@given(manual_pair())
def test_diff_properties(pair):
    """All three properties on each generated pair: generating manuals is the slow part."""
    a, b = pair
    forward = diff_manuals(a, b)
    a_revision_compared_with_itself_is_empty(a, b)
    replaying_the_json_diff_on_a_gives_b(a, b, forward)
    b_to_a_mirrors_a_to_b(a, b, forward)
    every_output_renders(forward)


def every_output_renders(diff):
    for lang in ("vi", "en"):
        lines = text_out.lines(view.build(diff, lang))
        assert len(lines) >= 1 + len(diff.documents)
        assert html_out.render(diff, lang).count("<section class=\"doc ") == len(diff.documents)


def a_revision_compared_with_itself_is_empty(a, b):
    for side in (a, b):
        assert diff_manuals(side, side).documents == ()


def replaying_the_json_diff_on_a_gives_b(a, b, forward):
    replayed = apply(a, json.loads(to_json(forward)))
    # A document whose file changed but not its content is not in the diff, so A's blob id stays.
    same = lambda docs: [dataclasses.replace(d, origin=dataclasses.replace(d.origin, blob_id="")) for d in docs]  # noqa: E731
    # data first: a readable difference when it fails
    assert [(d.origin, document_data(d)) for d in same(replayed.documents)] == [(d.origin, document_data(d)) for d in same(b.documents)]
    assert same(replayed.documents) == same(b.documents)


def b_to_a_mirrors_a_to_b(a, b, forward):
    backward = diff_manuals(b, a)
    assert canonical(backward) == canonical(mirror(forward))
    assert to_data(backward)["summary"] == mirrored_summary(to_data(forward)["summary"])


# --- mirroring -----------------------------------------------------------------------------

_SWAP = {ADDED: REMOVED, REMOVED: ADDED, INSERTED: REMOVED}


def mirror(diff: ManualDiff) -> ManualDiff:
    return dataclasses.replace(diff, a=diff.b, b=diff.a, documents=tuple(_doc(d) for d in diff.documents))


def _doc(doc: DocumentDiff) -> DocumentDiff:
    status = {ADDED: REMOVED, REMOVED: ADDED}.get(doc.status, doc.status)
    return dataclasses.replace(doc, status=status, old=doc.new, new=doc.old, changes=tuple(_change(c) for c in doc.changes))


def _change(change) -> Any:
    if isinstance(change, ValueChange):
        return ValueChange(change.path, change.new, change.old)
    return ListChange(change.path, tuple(_item(i) for i in change.items))


def _item(item: ItemChange) -> ItemChange:
    op = {INSERTED: REMOVED, REMOVED: INSERTED}.get(item.op, item.op)
    return ItemChange(op, item.new_index, item.old_index, item.new, item.old, tuple(_change(c) for c in item.changes))


def canonical(diff: ManualDiff):
    """The diff with its presentation order (the reading order of the new side) taken out."""
    def change(c):
        if isinstance(c, ValueChange):
            return c
        items = sorted((ItemChange(i.op, i.old_index, i.new_index, json.dumps(i.old), json.dumps(i.new),
                                   tuple(change(x) for x in i.changes)) for i in c.items),
                       key=lambda i: (-1 if i.old_index is None else i.old_index, -1 if i.new_index is None else i.new_index))
        return ListChange(c.path, tuple(items))

    docs = sorted(((d.status, d.old, d.new, d.matched_by, json.dumps(d.data, sort_keys=True), tuple(change(c) for c in d.changes))
                   for d in diff.documents), key=repr)
    return docs, dict(diff.people), dict(diff.legal)


def mirrored_summary(summary: dict) -> dict:
    return {**summary, "added": summary["removed"], "removed": summary["added"]}


# --- the redline -----------------------------------------------------------------------------

# Rendering two whole revisions is slower than diffing them: a quarter of the examples.
REDLINE_SETTINGS = settings(SETTINGS, max_examples=max(10, SETTINGS.max_examples // 4))
STAMP = dt.datetime(2026, 1, 2)


@REDLINE_SETTINGS
@given(manual_pair())
def test_the_redline_accepted_is_b_and_rejected_is_a(pair):
    a, b = pair
    diff = diff_manuals(a, b)
    data = render_redline(a, b, diff, RenderOptions(stamp=STAMP))
    for keep, side, which in (("ins", b, "new"), ("del", a, "old")):
        body = sections(resolve(part(data, "word/document.xml"), keep))[1:]
        assert len(body) == len(diff.documents)
        for n, (change, blocks) in enumerate(zip(diff.documents, body), start=1):
            ref = getattr(change, which)
            if ref is None:  # added (rejected) or removed (accepted): nothing left
                assert section_texts(blocks) == []
                continue
            doc = next(d for d in side.documents if d.origin.path == ref.path)
            new = next((d for d in b.documents if d.origin.path == change.new.path), None) if change.new else None
            marking = document_marking(labels_for(b, b.config.language), b, new)  # its pages' marking in the redline
            alone = render_document(side, doc, RenderOptions(stamp=STAMP, marking=marking))
            assert section_texts(blocks) == section_texts(sections(part(alone, "word/document.xml"))[0]), (which, n)
            header = texts(resolve(part(data, f"word/header{n + 1}.xml"), keep))
            assert header == texts(part(alone, "word/header1.xml")), (which, n)
