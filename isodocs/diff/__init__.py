"""Semantic diff of two revisions of a manual (`isodocs diff`).

The engine (`engine`, `align`, `words`) turns two models into frozen dataclasses (`changes`);
`sources` reads two revisions, parsing only the documents whose files differ; the outputs
(`text`, `json_out`, `html_out`) and `apply` consume the changes. docs/diff.md describes it.
"""
