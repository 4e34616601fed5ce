"""The package writer's own pieces: zip entries as Python's zipfile writes them, a part compressed
piece by piece, CRC-32 combined, core properties from a form, the reference read once."""

from __future__ import annotations

import datetime as dt
import io
import os
import random
import zipfile
import zlib

import pytest
from docx.opc.coreprops import CoreProperties
from docx.opc.oxml import serialize_part_xml
from docx.oxml.parser import parse_xml

from isodocs.render.docx.package import Stream, crc32_combine, deflated, joined, segment, write_zip
from isodocs.render.docx.properties import CoreInfo, set_core_properties
from isodocs.render.docx.reference import _template
from isodocs.render.docx.writer import core_properties_xml

STAMP = dt.datetime(2026, 1, 2, 3, 4, 6)


def zipfile_bytes(entries, stamp) -> bytes:
    """What the writer used to do: Python's zipfile, entry by entry."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=stamp.timetuple()[:6])
            info.compress_type, info.create_system, info.external_attr = zipfile.ZIP_DEFLATED, 3, 0o644 << 16
            with zf.open(info, "w") as handle:
                handle.write(data)
    return out.getvalue()


def test_the_zip_is_what_zipfile_writes():
    entries = [("[Content_Types].xml", b"<Types/>"), ("_rels/.rels", b""), ("word/document.xml", b"x" * 100_000),
               ("word/đ.xml", "chữ".encode())]
    assert write_zip(entries, STAMP) == zipfile_bytes(entries, STAMP)
    precompressed = [(n, deflated(d)) for n, d in entries]
    assert write_zip(precompressed, STAMP) == zipfile_bytes(entries, STAMP)


def test_crc32_combines_as_zlib_does():
    rng = random.Random(7)
    for _ in range(200):
        a, b = os.urandom(rng.randrange(0, 3000)), os.urandom(rng.randrange(0, 70_000))
        assert crc32_combine(zlib.crc32(a), zlib.crc32(b), len(b)) == zlib.crc32(a + b)


def test_pieces_compressed_apart_join_into_one_stream():
    rng = random.Random(3)
    texts = [(f"<w:p>đoạn {n} </w:p>" * rng.randrange(1, 4000)).encode() for n in range(30)]
    pieces = [segment(text, texts[n - 1] if n else b"") for n, text in enumerate(texts)]
    whole = b"".join(texts)
    one = joined(pieces)
    assert zlib.decompress(one.data, -15) == whole and one.crc == zlib.crc32(whole) and one.size == len(whole)
    stream, rest = Stream(), Stream()
    stream.add(pieces[0], texts[0])
    for piece in pieces[1:]:
        rest.add(piece)  # without the text: its CRC combined
    stream.extend(rest)
    assert stream.close() == one
    with zipfile.ZipFile(io.BytesIO(write_zip([("a.xml", one)], STAMP))) as zf:
        assert zf.testzip() is None and zf.read("a.xml") == whole


@pytest.mark.parametrize("title", ["", "a & b <c> \r\n\t x", "Quy trình đăng ký " * 30, "x\x01y", "]]>", '"\' '])
def test_core_properties_from_the_form_are_what_python_docx_writes(title):
    template = _template(None, "vi-VN")
    info = CoreInfo(title=title, subject=title[:5], creator="Ủy ban nhân dân", keywords=title, language="vi-VN")
    element = parse_xml(template.core_xml)
    core = CoreProperties(element)
    set_core_properties(core, info)
    core.created = core.modified = STAMP
    core.revision = 1
    assert core_properties_xml(template.core_xml, info, STAMP) == serialize_part_xml(element)
