"""Deterministic DOCX packages: the same input gives the same bytes.

python-docx stamps the clock on every zip entry and leaves core properties as the template
had them; here the entries are written in a fixed order with one fixed timestamp, the core
dates are the build's `stamp`, and parts we never ship (a thumbnail) are dropped.
"""

from __future__ import annotations

import datetime as dt
import io
import struct
import zipfile
import zlib
from typing import Iterable, NamedTuple, Union

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


class Deflated(NamedTuple):
    """An entry compressed already: raw deflate data, the CRC-32 and size of what it holds."""

    data: bytes
    crc: int
    size: int


def deflated(content: Content) -> Deflated:
    """Bytes (or pieces of them) compressed as a zip entry is: zlib's default level, raw deflate."""
    packer = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
    out, crc, size = [], 0, 0
    for piece in (content,) if isinstance(content, bytes) else content:
        out.append(packer.compress(piece))
        crc, size = zlib.crc32(piece, crc), size + len(piece)
    out.append(packer.flush())
    return Deflated(b"".join(out), crc, size)


_LOCAL = struct.Struct("<IHHHHHIIIHH")
_CENTRAL = struct.Struct("<IHHHHHHIIIHHHHHII")
_END = struct.Struct("<IHHHHIIH")
_ZIP32 = 0xFFFFFFFF


def write_zip(entries: Iterable[tuple[str, Content | Deflated]], stamp: dt.datetime) -> bytes:
    """A zip with the content types and package relationships first, then names in order.
    An entry's content is bytes, pieces of bytes written as they come, or Deflated already.
    The bytes are those Python's zipfile writes for the same entries (deflated, dated `stamp`,
    made on Unix, mode 644)."""
    items = dict(entries)
    order = [n for n in FIRST_ENTRIES if n in items] + sorted(n for n in items if n not in FIRST_ENTRIES)
    when = max(utc(stamp), _ZIP_EPOCH).timetuple()[:6]
    dos_time = when[3] << 11 | when[4] << 5 | when[5] // 2
    dos_date = (when[0] - 1980) << 9 | when[1] << 5 | when[2]
    out: list[bytes] = []
    central: list[bytes] = []
    offset = 0
    for name in order:
        content = items[name]
        packed = content if isinstance(content, Deflated) else deflated(content)
        if packed.size >= _ZIP32 or len(packed.data) >= _ZIP32 or offset >= _ZIP32:
            raise ValueError(f"{name} is too large for a zip entry")
        encoded = name.encode("ascii") if name.isascii() else name.encode("utf-8")
        flags = 0 if name.isascii() else 0x800
        header = _LOCAL.pack(0x04034B50, 20, flags, 8, dos_time, dos_date, packed.crc, len(packed.data),
                             packed.size, len(encoded), 0)
        central.append(_CENTRAL.pack(0x02014B50, 3 << 8 | 20, 20, flags, 8, dos_time, dos_date, packed.crc,
                                     len(packed.data), packed.size, len(encoded), 0, 0, 0, 0, 0o644 << 16, offset)
                       + encoded)
        out += (header, encoded, packed.data)
        offset += len(header) + len(encoded) + len(packed.data)
    directory = b"".join(central)
    out += (directory, _END.pack(0x06054B50, 0, 0, len(central), len(central), len(directory), offset, 0))
    return b"".join(out)


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
