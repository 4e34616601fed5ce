"""Fixtures of the render tests: the small manual built from the model, and render options."""

from __future__ import annotations

import pytest

from isodocs import model as m
from isodocs.render.docx.manual import RenderOptions

from support.model import STAMP, small_manual


@pytest.fixture
def small() -> m.Manual:
    """(Named so as not to hide the top-level `manual` fixture, a folder.)"""
    return small_manual()


@pytest.fixture
def options() -> RenderOptions:
    return RenderOptions(stamp=STAMP)
