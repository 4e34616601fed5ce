"""isodocs: document control for ISO 9001 quality manuals kept in Git."""
