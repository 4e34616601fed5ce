"""Exit codes of every isodocs command, in one place.

0  success: no errors (warnings allowed), or the outputs were written
1  the manual has errors (check found some; build refused to build)
   (diff: 1 when the revisions differ, like `git diff --exit-code`)
   (impact: 1 when documents are suspect)
2  the command could not run: no manual there, bad arguments, unreadable revision,
   output that cannot be written, or an internal error (a bug: ISODOCS_DEBUG=1 shows it)
"""

OK = 0
FINDINGS = 1
CHANGES = 1  # isodocs diff: the two revisions differ
CANNOT_RUN = 2
