"""python -m isodocs.load.compiled: write the compiled validators again from the schemas."""

from isodocs.load.compiled import write

for path in write():
    print(path)
