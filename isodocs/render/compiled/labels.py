"""The built-in labels table compiled by Jinja (see __init__.py); written by
`python -m isodocs.render.compiled`, not to be edited."""

TABLE = 'b2ff25772af688c827f8e6649fa18b2f07e460bb769aa48d0be70775ddc82f06'
JINJA = '3.1.6'
