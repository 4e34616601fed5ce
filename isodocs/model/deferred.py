"""Parts of the model made on first use.

A build after one change reads a province's 5,000 documents from the caches and renders one:
of the others it needs the code, title, revision and what they cite, never their steps, forms
or dossier, which are most of what building the model costs. `deferred(cls, make, **known)`
is an instance of the frozen dataclass `cls` holding only the `known` fields; the first use of
any other attribute (a field, a method, its class, its equality or hash) calls `make()` for the
whole value and becomes it in place: its fields are then those of the value made, and its class
`cls` itself, so that from then on it is an ordinary instance at ordinary speed, equal to one
made at once. Only data already validated is deferred (the cache holds nothing else), so making
it later cannot find what making it at once would not.
"""

from __future__ import annotations

import functools
from typing import Callable, TypeVar

T = TypeVar("T")

_MAKE = "_deferred_make"  # the instance's own entry holding `make` until it is used


def deferred(cls: type[T], make: Callable[[], T], **known) -> T:
    """An instance of `cls` made by `make()` on first use, with the `known` fields already."""
    later = object.__new__(_later(cls))
    state = object.__getattribute__(later, "__dict__")
    state.update(known)
    state[_MAKE] = make
    return later


def is_made(value: object) -> bool:
    """Whether `value` is not (or no longer) waiting for its `make`."""
    return _MAKE not in object.__getattribute__(value, "__dict__")


@functools.cache
def _later(cls: type) -> type:
    """The class of a deferred `cls`: the same layout, so that an instance can become a `cls`."""
    return type(f"Deferred{cls.__name__}", (cls,), {"__getattribute__": _get, "__reduce_ex__": _reduce_ex,
                                                     "__module__": cls.__module__})


def _get(self, name: str):
    state = object.__getattribute__(self, "__dict__")
    if name not in state:
        _make(self, state)
    return object.__getattribute__(self, name)


def _reduce_ex(self, protocol: int):
    """Copied or pickled as the value made: the deferred class is not importable."""
    _make(self, object.__getattribute__(self, "__dict__"))
    return object.__reduce_ex__(self, protocol)


def _make(self, state: dict) -> None:
    make = state.get(_MAKE)
    if make is None:
        return
    made = make()
    state.clear()
    state.update(object.__getattribute__(made, "__dict__"))
    object.__setattr__(self, "__class__", type(made))
