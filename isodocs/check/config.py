"""Rules on isodocs.yaml beyond its schema."""

from __future__ import annotations

from functools import lru_cache

import regex

from isodocs.check import repeats
from isodocs.diagnostics import rules
from isodocs.i18n import Msg
from isodocs.load.source import CONFIG_FILE

# code_pattern comes from the repository, which may be hostile: a pattern such as (a+)+$
# backtracks for ages. `regex` stops a match after this many seconds.
MATCH_TIMEOUT = 0.05


class SlowPattern(Exception):
    """The manual's code_pattern took longer than MATCH_TIMEOUT on one code."""


@lru_cache(maxsize=8)
def compiled(pattern: str) -> regex.Pattern | None:
    """The manual's code_pattern, or None when it is not a valid expression (reported below)."""
    return None if problem(pattern) else regex.compile(pattern)


@lru_cache(maxsize=8)
def problem(pattern: str) -> str | Msg | None:
    """Why code_pattern cannot be compiled (None: it can). A few hundred nested groups exhaust
    the compiler's recursion: a finding like any other broken pattern, not a crash."""
    try:
        regex.compile(pattern)
    except regex.error as exc:
        return str(exc)
    except (RecursionError, OverflowError, MemoryError):
        return Msg("its groups nest too deeply")
    return None


def fullmatch(pattern: regex.Pattern, text: str) -> bool:
    try:
        return pattern.fullmatch(text, timeout=MATCH_TIMEOUT) is not None
    except TimeoutError:
        raise SlowPattern(text) from None


def code_pattern(ctx):
    pattern = ctx.manual.config.code_pattern
    if pattern is not None and ctx.config_intact("code_pattern"):
        detail = problem(pattern)
        if detail is not None:
            yield ctx.at(rules.BAD_CODE_PATTERN, CONFIG_FILE, ("code_pattern",), detail=detail)


def role_holders(ctx):
    config = ctx.manual.config
    if not ctx.config_intact("roles", "people"):
        return
    for role, ids in (("reviewers", config.reviewers), ("approvers", config.approvers)):
        for i, person in enumerate(ids):
            if person not in config.people:
                yield ctx.at(rules.ROLE_UNKNOWN_PERSON, CONFIG_FILE, ("roles", role, i), role=role, person=person)
    if config.secretary and config.secretary not in config.people:
        yield ctx.at(rules.ROLE_UNKNOWN_PERSON, CONFIG_FILE, ("roles", "secretary"), role="secretary",
                     person=config.secretary)


def catalog(ctx):
    if not ctx.config_intact("catalog.code"):
        return
    for i, entry, _ in repeats(ctx.manual.config.catalog, lambda e: e.code):
        yield ctx.at(rules.DUPLICATE_CATALOG, CONFIG_FILE, ("catalog", i, "code"), code=entry.code)


def distribution(ctx):
    if not ctx.config_intact("distribution.copy"):
        return
    for i, copy, _ in repeats(ctx.manual.config.distribution, lambda c: c.number):
        yield ctx.at(rules.DUPLICATE_COPY, CONFIG_FILE, ("distribution", i, "copy"), copy=copy.number)


CHECKS = (code_pattern, role_holders, catalog, distribution)
ALONE = ()
