"""Rules on isodocs.yaml beyond its schema."""

from __future__ import annotations

import re

from .. import rules
from ..load.source import CONFIG_FILE


def code_pattern(ctx):
    pattern = ctx.manual.config.code_pattern
    if pattern is not None:
        try:
            re.compile(pattern)
        except re.error as exc:
            yield ctx.at(rules.BAD_CODE_PATTERN, CONFIG_FILE, ("code_pattern",), detail=str(exc))


def role_holders(ctx):
    config = ctx.manual.config
    for role, ids in (("reviewers", config.reviewers), ("approvers", config.approvers)):
        for i, person in enumerate(ids):
            if person not in config.people:
                yield ctx.at(rules.ROLE_UNKNOWN_PERSON, CONFIG_FILE, ("roles", role, i), role=role, person=person)


CHECKS = (code_pattern, role_holders)
