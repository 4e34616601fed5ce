"""Frozen dataclasses with a faster __init__ (isodocs/model/frozen.py)."""

from __future__ import annotations

import dataclasses
import inspect

import pytest

from isodocs import model as m
from isodocs.model.frozen import frozen


def _pair():
    """The same class made by `frozen` and by `dataclass(frozen=True)`."""
    def body():
        return {"__annotations__": {"code": "str", "count": "int", "tags": "tuple", "extra": "dict"},
                "count": 1, "tags": (), "extra": dataclasses.field(default_factory=dict)}
    return frozen(type("Fast", (), body())), dataclasses.dataclass(frozen=True)(type("Plain", (), body()))


@pytest.mark.parametrize("args, kwargs", [(("a",), {}), (("a", 2), {"tags": ("x",)}), ((), {"code": "b", "extra": {1: 2}})])
def test_it_makes_what_the_dataclass_makes(args, kwargs):
    fast, plain = _pair()
    made, twin = fast(*args, **kwargs), plain(*args, **kwargs)
    assert dataclasses.astuple(made) == dataclasses.astuple(twin)
    assert repr(made).replace("Fast", "Plain") == repr(twin)
    assert made == fast(*args, **kwargs) and made != twin  # equality is the dataclass's: by class too
    assert str(inspect.signature(fast)) == str(inspect.signature(plain))


def test_a_default_factory_makes_a_new_value_each_time():
    fast, _ = _pair()
    assert fast("a").extra == {} and fast("a").extra is not fast("a").extra


def test_it_refuses_what_the_dataclass_refuses():
    fast, _ = _pair()
    with pytest.raises(TypeError):
        fast()
    with pytest.raises(TypeError):
        fast("a", unknown=1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast("a").code = "b"


def test_the_model_is_made_by_it():
    step = m.Step(1, "Tiếp nhận", "Một cửa")
    assert "isodocs.model.frozen" in m.Step.__init__.__code__.co_filename  # the fast one, not the dataclass's
    assert step == m.Step(no=1, action="Tiếp nhận", actor="Một cửa") and hash(step) == hash(m.Step(1, "Tiếp nhận", "Một cửa"))
    assert dataclasses.replace(step, no=2).no == 2
