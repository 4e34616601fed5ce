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
from isodocs.system.files import Chunks, Span

Content = Union[bytes, Iterable[bytes]]

FIRST_ENTRIES = ("[Content_Types].xml", "_rels/.rels")
_ZIP_EPOCH = dt.datetime(1980, 1, 1)  # the earliest time a zip entry can carry


def utc(stamp: dt.datetime) -> dt.datetime:
    """The stamp in UTC without tzinfo (naive stamps are taken as UTC)."""
    if stamp.tzinfo is not None:
        stamp = stamp.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return stamp.replace(microsecond=0)


class Deflated(NamedTuple):
    """An entry compressed already: raw deflate data (bytes, or Chunks copied in part from a file
    written before), the CRC-32 and size of what it holds."""

    data: bytes | Chunks
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


def inflated(entry: Deflated) -> bytes:
    """What a Deflated holds."""
    return zlib.decompress(entry.data, -15)


_LOCAL = struct.Struct("<IHHHHHIIIHH")
_CENTRAL = struct.Struct("<IHHHHHHIIIHHHHHII")
_END = struct.Struct("<IHHHHIIH")
_ZIP32 = 0xFFFFFFFF


def write_zip(entries: Iterable[tuple[str, Content | Deflated]], stamp: dt.datetime,
              offsets: dict[str, int] | None = None) -> bytes | Chunks:
    """A zip with the content types and package relationships first, then names in order.
    An entry's content is bytes, pieces of bytes written as they come, or Deflated already.
    The bytes are those Python's zipfile writes for the same entries (deflated, dated `stamp`,
    made on Unix, mode 644); Chunks when an entry's data are (never joined: the spans of a file
    written before are copied as they are when written). `offsets`, when given, is told where
    each entry's compressed data begins in them."""
    items = dict(entries)
    order = [n for n in FIRST_ENTRIES if n in items] + sorted(n for n in items if n not in FIRST_ENTRIES)
    when = max(utc(stamp), _ZIP_EPOCH).timetuple()[:6]
    dos_time = when[3] << 11 | when[4] << 5 | when[5] // 2
    dos_date = (when[0] - 1980) << 9 | when[1] << 5 | when[2]
    out: list = []
    central: list[bytes] = []
    offset, chunked = 0, False
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
        if isinstance(packed.data, Chunks):
            out += (header, encoded, *packed.data.parts)
            chunked = True
        else:
            out += (header, encoded, packed.data)
        if offsets is not None:
            offsets[name] = offset + len(header) + len(encoded)
        offset += len(header) + len(encoded) + len(packed.data)
    directory = b"".join(central)
    out += (directory, _END.pack(0x06054B50, 0, 0, len(central), len(central), len(directory), offset, 0))
    return Chunks(out) if chunked else b"".join(out)


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


# ---------------------------------------------------------------------------------------------
# A large part compressed piece by piece

WINDOW = 32768  # how far back deflate refers
_LAST_BLOCK = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15).flush()  # an empty final block


def segment(data: bytes, before: bytes = b"") -> Deflated:
    """`data` compressed as a piece of a deflate stream that `before` ends just ahead of (its
    last 32 KiB are the dictionary), ending on a byte boundary with no final block: pieces so
    made join into one stream (`joined`). A piece depends only on its bytes and those before."""
    packer = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15, zdict=before[-WINDOW:]) if before \
        else zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
    return Deflated(packer.compress(data) + packer.flush(zlib.Z_SYNC_FLUSH), zlib.crc32(data), len(data))


class Stream:
    """Pieces made by `segment` joined, in order, into one entry. Its CRC-32 runs on: over a
    piece's bytes when they are at hand, else combined with the piece's own (`shift`, kept with
    a cached piece, saves working out the power of x its length needs)."""

    def __init__(self):
        self.data: list[bytes] = []
        self.crc, self.size = 0, 0
        self.length = 0  # of the compressed data so far

    def add(self, piece: Deflated, text: bytes | None = None, shift: int = 0) -> None:
        """Add a piece, with its bytes when at hand, else perhaps the shift of its CRC."""
        self.data.append(piece.data)
        self.length += len(piece.data)
        if text is not None:
            self.crc = zlib.crc32(text, self.crc)
        else:
            self.crc = _multmodp(shift or crc_shift(piece.size), self.crc) ^ piece.crc
        self.size += piece.size

    def add_run(self, data: list[bytes | Span], crc: int, size: int, shift: int) -> None:
        """Add pieces kept together, in order, as one (`crc`, `size` and `shift` theirs
        joined), without joining their bytes before the whole is."""
        self.data += data
        self.length += sum(map(len, data))
        self.crc = _multmodp(shift, self.crc) ^ crc
        self.size += size

    def extend(self, other: Stream) -> None:
        self.data += other.data
        self.length += other.length
        self.crc = crc32_combine(self.crc, other.crc, other.size)
        self.size += other.size

    def close(self) -> Deflated:
        parts = (*self.data, _LAST_BLOCK)
        if any(isinstance(part, Span) for part in self.data):
            return Deflated(Chunks(parts), self.crc, self.size)
        return Deflated(b"".join(parts), self.crc, self.size)


def joined(pieces: Iterable[Deflated]) -> Deflated:
    """Pieces made by `segment`, in order, as one entry."""
    stream = Stream()
    for piece in pieces:
        stream.add(piece)
    return stream.close()


# CRC-32 of two joined byte strings from theirs (zlib's crc32_combine, which Python's zlib lacks):
# multiplying by x^(8n) modulo the CRC polynomial shifts a CRC over n zero bytes.
_POLY = 0xEDB88320


def _multmodp(a: int, b: int) -> int:
    m, p = 1 << 31, 0
    while True:
        if a & m:
            p ^= b
            if a & (m - 1) == 0:
                return p
        m >>= 1
        b = (b >> 1) ^ _POLY if b & 1 else b >> 1


def _x2n_table() -> list[int]:
    table = [1 << 30]  # x^1
    for _ in range(31):
        table.append(_multmodp(table[-1], table[-1]))
    return table


_X2N = _x2n_table()


def crc_shift(size: int) -> int:
    """x^(8 size) modulo the polynomial: what shifts a CRC over `size` bytes."""
    p, k, n = 1 << 31, 3, size  # x^0; bytes are 2^3 bits
    while n:
        if n & 1:
            p = _multmodp(_X2N[k & 31], p)
        n >>= 1
        k += 1
    return p


def crc32_combine(crc1: int, crc2: int, size2: int) -> int:
    """The CRC-32 of A + B from that of A, that of B and the length of B."""
    return _multmodp(crc_shift(size2), crc1) ^ crc2 if size2 else crc1
