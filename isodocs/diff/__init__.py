"""Semantic diff of two revisions of a manual (`isodocs diff`); docs/diff.md describes it.

- `data`: a document as the plain data its file holds, and back;
- `engine` (with `align` for list items and `words` for text): pure functions from two models
  to the frozen dataclasses of `changes`;
- `sources` and `revisions`: two revisions read from Git or the working tree, parsing only the
  documents whose files differ;
- `view` formats changes for people; `text`, `html_out` and `json_out` print them; `apply`
  replays the JSON; `gitdriver` serves `git diff`.

Nothing is imported here, so the command line loads only what a command needs.
"""
