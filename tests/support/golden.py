"""Golden copies: a rendered part compared byte for byte with the copy kept beside its test."""

from __future__ import annotations

import os
from pathlib import Path


def check_golden(path: Path, actual: bytes) -> None:
    """Compare with the golden file at `path`; ISODOCS_UPDATE_GOLDEN=1 rewrites it instead."""
    if os.environ.get("ISODOCS_UPDATE_GOLDEN") == "1":
        path.write_bytes(actual)
        return
    assert path.exists(), f"{path} missing: run with ISODOCS_UPDATE_GOLDEN=1"
    assert actual.decode() == path.read_text(encoding="utf-8")
