"""Deterministic DOCX packages: the same input gives the same bytes.

python-docx stamps the clock on every zip entry and leaves core properties as the template
had them; here the entries are written in a fixed order with one fixed timestamp, the core
dates are the build's `stamp`, and parts we never ship (a thumbnail) are dropped.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from typing import Iterable, Union

from lxml import etree

from isodocs.render.docx.properties import parse_custom_properties

Content = Union[bytes, Iterable[bytes]]

FIRST_ENTRIES = ("[Content_Types].xml", "_rels/.rels")
_ZIP_EPOCH = dt.datetime(1980, 1, 1)  # the earliest time a zip entry can carry


def utc(stamp: dt.datetime) -> dt.datetime:
    """The stamp in UTC without tzinfo (naive stamps are taken as UTC)."""
    if stamp.tzinfo is not None:
        stamp = stamp.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return stamp.replace(microsecond=0)


def write_zip(entries: Iterable[tuple[str, Content]], stamp: dt.datetime) -> bytes:
    """A zip with the content types and package relationships first, then names in order.
    An entry's content is bytes, or an iterable of byte pieces written as they come."""
    items = dict(entries)
    order = [n for n in FIRST_ENTRIES if n in items] + sorted(n for n in items if n not in FIRST_ENTRIES)
    when = max(utc(stamp), _ZIP_EPOCH).timetuple()[:6]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name in order:
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # the same on every platform
            info.external_attr = 0o644 << 16
            content = items[name]
            with zf.open(info, "w") as out_entry:
                for piece in (content,) if isinstance(content, bytes) else content:
                    out_entry.write(piece)
    return out.getvalue()


def read_zip(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return [(info.filename, zf.read(info)) for info in zf.infolist()]


CUSTOM_PART = "docProps/custom.xml"
MAX_CUSTOM_PART = 16 << 20  # a province's manual lists thousands of documents, each in about 80 bytes


def custom_properties(data: bytes) -> dict[str, str]:
    """The custom properties of a DOCX file; empty when it has none. Raises ValueError when the
    bytes are not a DOCX, or its properties cannot be read."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            try:
                info = zf.getinfo(CUSTOM_PART)
            except KeyError:
                return {}
            if info.file_size > MAX_CUSTOM_PART:
                raise ValueError(f"{CUSTOM_PART} is too large")
            return parse_custom_properties(zf.read(info))
    except (zipfile.BadZipFile, OSError, etree.XMLSyntaxError) as exc:
        raise ValueError(str(exc)) from None
