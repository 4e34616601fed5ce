"""Exit codes of every isodocs command, in one place.

0  success: no errors (warnings allowed), or the outputs were written
1  the manual has errors (check found some; build refused to build)
2  the command could not run: no manual there, bad arguments, unreadable revision,
   output that cannot be written, or an internal error (a bug: ISODOCS_DEBUG=1 shows it)
"""

OK = 0
FINDINGS = 1
CANNOT_RUN = 2
