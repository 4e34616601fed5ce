"""python -m isodocs.render.compiled: write the compiled labels table again."""

from isodocs.render.compiled import write

print(write())
