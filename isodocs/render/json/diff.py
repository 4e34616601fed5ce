"""`isodocs diff --format json`: the diff's plain data (isodocs.diff.plain) as JSON text."""

from __future__ import annotations

import json

from isodocs.diff.changes import ManualDiff
from isodocs.diff.plain import to_data


def to_json(diff: ManualDiff) -> str:
    return json.dumps(to_data(diff), ensure_ascii=False, indent=2)
