"""Parts of the model made on first use (isodocs/model/deferred.py)."""

from __future__ import annotations

import copy
import dataclasses
import pickle

import pytest

from isodocs import model as m
from isodocs.load.cache import Cache
from isodocs.model.build import kept_head
from isodocs.model.deferred import deferred, is_made
from isodocs.load.source import open_source
from isodocs.model.reader import load

from support.manual import PROCEDURE_PATH

STEP = m.Step(1, "Tiếp nhận hồ sơ", "Bộ phận một cửa")
MADE = m.Procedure(purpose="Quy định trình tự", tthc=None, steps=(STEP,))


def _later(calls: list | None = None, **known) -> m.Procedure:
    calls = [] if calls is None else calls
    return deferred(m.Procedure, lambda: calls.append(1) or MADE, **known)


def test_known_fields_are_read_without_making_the_rest():
    calls = []
    later = _later(calls, tthc=None)
    assert later.tthc is None and isinstance(later, m.Procedure)
    assert calls == [] and not is_made(later)


@pytest.mark.parametrize("use", [
    lambda p: p.steps,
    lambda p: p.steps_hours,  # a property of the class
    lambda p: p.__class__,
    lambda p: repr(p),
    lambda p: p == MADE,
    lambda p: MADE == p,
    lambda p: dataclasses.fields(p),
])
def test_any_other_use_makes_it_once_and_it_becomes_the_value(use):
    calls = []
    later = _later(calls, tthc=None)
    use(later)
    assert calls == [1] and is_made(later)
    assert type(later) is m.Procedure
    assert later == MADE and repr(later) == repr(MADE)
    later.steps, later.records
    assert calls == [1]


def test_a_replaced_copied_or_pickled_one_is_the_value_made():
    assert dataclasses.replace(_later(), purpose="x") == dataclasses.replace(MADE, purpose="x")
    step = lambda: deferred(m.Step, lambda: STEP, no=1)  # noqa: E731 (a procedure's definitions cannot be pickled)
    for twin in (copy.copy(step()), copy.deepcopy(step()), pickle.loads(pickle.dumps(step()))):
        assert type(twin) is m.Step and twin == STEP


def test_it_stays_frozen():
    later = _later()
    with pytest.raises(dataclasses.FrozenInstanceError):
        later.purpose = "x"


def test_a_failing_make_fails_each_use_and_makes_nothing_up():
    later = deferred(m.Procedure, lambda: 1 / 0)
    for _ in range(2):
        with pytest.raises(ZeroDivisionError):
            later.steps
    assert not is_made(later)


def test_a_manual_read_from_the_cache_defers_the_content_of_procedures_and_equals_one_read_without(manual):
    cache = Cache(None)  # this run's memory only
    load(open_source(manual), cache=cache)
    fresh = load(open_source(manual)).manual
    again = load(open_source(manual), cache=cache).manual
    procedure = again.document("QT-HT-01").procedure
    assert not is_made(procedure) and not is_made(procedure.tthc)
    assert procedure.tthc.code == "1.001193" and not is_made(procedure.tthc)  # what keys a document
    assert again.document("QT-HT-01").origin.path == PROCEDURE_PATH
    assert again == fresh and is_made(procedure)


def test_the_cache_keeps_a_procedure_s_content_apart_as_bytes(manual):
    """Reading a province's cache makes only the heads of its procedures: their content is
    decoded when first used."""
    cache = Cache(None)
    load(open_source(manual), cache=cache)
    kept = next(entry for entry in cache.entries.values() if isinstance(entry, list))
    head = kept_head(kept)
    assert head["code"] == "QT-HT-01" and "steps" not in head and set(head["tthc"]) == {"code", "name"}
    assert isinstance(kept[1], bytes) and b"steps" in kept[1]
    assert len(kept[0]) == len(head) + sum(value is None for value in kept[0])  # its head by position, not by name


def test_a_kept_head_and_the_file_give_the_same_document(manual):
    """A document made of its kept head is the one made of its file's data, field for field
    (the head lists each field once, by position)."""
    cache = Cache(None)
    load(open_source(manual), cache=cache)
    kept = load(open_source(manual), cache=cache).manual
    fresh = load(open_source(manual)).manual
    fields = [field.name for field in dataclasses.fields(m.Document)]
    assert [[getattr(doc, name) for name in fields] for doc in kept.documents] \
        == [[getattr(doc, name) for name in fields] for doc in fresh.documents]


def test_the_forms_a_procedure_lists_are_known_without_its_content(manual):
    """Rules over every document read every procedure's forms (the codes a document may cite):
    kept in the head, they make no procedure's content."""
    cache = Cache(None)
    load(open_source(manual), cache=cache)
    procedure = load(open_source(manual), cache=cache).manual.document("QT-HT-01").procedure
    assert [form.code for form in procedure.forms] == ["BM-HT-01"]
    assert not is_made(procedure)
    assert procedure.forms == load(open_source(manual)).manual.document("QT-HT-01").procedure.forms


@pytest.mark.parametrize("earlier", ["without forms", "by name"])
def test_a_procedure_kept_by_an_earlier_form_is_read_from_the_file(manual, earlier):
    """A head kept before it held the forms would give a procedure none; one kept by name
    (version 2) is read by position no more: neither is believed."""
    cache = Cache(None)
    load(open_source(manual), cache=cache)
    key = next(key for key, entry in cache.entries.items() if isinstance(entry, list))
    head, content = kept_head(cache.entries[key]), cache.entries[key][1]
    cache.entries[key] = ([{k: v for k, v in head.items() if k != "forms"}, content] if earlier == "without forms"
                          else [head, content, 2])
    again = load(open_source(manual), cache=cache).manual
    assert again.document("QT-HT-01").procedure.forms and again == load(open_source(manual)).manual


def test_a_kept_form_not_as_written_is_read_from_the_file_instead(manual):
    cache = Cache(None)
    load(open_source(manual), cache=cache)
    key = next(key for key, entry in cache.entries.items() if isinstance(entry, list))
    cache.entries[key] = [cache.entries[key][0], "not bytes", cache.entries[key][2]]
    assert load(open_source(manual), cache=cache).manual == load(open_source(manual)).manual
