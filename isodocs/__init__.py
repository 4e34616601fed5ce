"""isodocs: document control for ISO 9001 quality manuals kept in Git."""

__version__ = "0.1.0"  # the release, read by the package's build (pyproject.toml) and by isodocs itself
