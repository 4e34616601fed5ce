"""Rules on the manual's label templates: each is tried as a build would use it (load.templates)."""

from __future__ import annotations

from isodocs.diagnostics import rules
from isodocs.load.templates import findings


def label_templates(ctx):
    for problem in findings(dict(ctx.manual.templates)):
        yield rules.BAD_TEMPLATE.at(problem.path, problem.line, why=problem.why)


CHECKS = (label_templates,)
ALONE = ()
