"""Helpers the tests share: the standard manual and ways to change it (manual), the command line
run in-process (cli), Git repositories written with pygit2 (git) and an approved history
(history), rendered DOCX read as XML (docxxml), a manual built straight from the model
(model), two revisions of the manual for the diff (diffcases), and outside programs (programs).

Fixtures stay in tests/conftest.py; everything here is imported by name (`from support.manual
import make_manual`)."""
