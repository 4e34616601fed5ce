"""Outside programs some tests need, and isodocs' own worker processes."""

from __future__ import annotations

import os
import shutil
from unittest import mock

import pytest


def external(names: tuple[str, ...], package: str, require: str) -> str:
    """The path of an outside program a test needs (the first of `names` found): the test skips
    without it, unless ISODOCS_REQUIRE_<require>=1 (as CI sets) makes its absence a failure."""
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    if os.environ.get(f"ISODOCS_REQUIRE_{require}") == "1":
        pytest.fail(f"{names[0]} not found and ISODOCS_REQUIRE_{require}=1")
    pytest.skip(f"{package} ({names[0]}) not installed")


def two_workers():
    """Split work over two worker processes whatever the machine (workers split nothing further)."""
    from isodocs.system import parallel

    return mock.patch.object(parallel, "workers", lambda: 1 if parallel._in_worker or parallel._pools else 2)
