"""A manual's reference.docx read under guard: the parts it is for, taken into a new package."""

from __future__ import annotations

import io
import zipfile

import docx

from isodocs.load.reference import clean, problem

from support.hostile import add, clean_reference, parts_of, zipped

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def theme(extra: str = "") -> bytes:
    colours = "".join(f'<a:{n}><a:srgbClr val="000000"/></a:{n}>' for n in (
        "dk1", "lt1", "dk2", "lt2", "accent1", "accent2", "accent3", "accent4", "accent5", "accent6", "hlink",
        "folHlink"))
    fill = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    return (f'<a:theme xmlns:a="{A}" xmlns:r="{R}" name="T"><a:themeElements><a:clrScheme name="T">{colours}'
            f'</a:clrScheme><a:fontScheme name="T"><a:majorFont><a:latin typeface="Cambria"/><a:ea typeface=""/>'
            f'<a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/>'
            f'<a:cs typeface=""/></a:minorFont></a:fontScheme><a:fmtScheme name="T"><a:fillStyleLst>{fill * 3}'
            f'</a:fillStyleLst><a:lnStyleLst>{"<a:ln/>" * 3}</a:lnStyleLst><a:effectStyleLst>'
            f'{"<a:effectStyle><a:effectLst/></a:effectStyle>" * 3}</a:effectStyleLst><a:bgFillStyleLst>'
            f'{fill * 2}{extra or fill}</a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>').encode()


def themed(content: bytes) -> bytes:
    parts = clean_reference()
    parts["word/theme/theme1.xml"] = content
    add(parts, "word/_rels/document.xml.rels", '<Relationship Id="rIdTh" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/>')
    add(parts, "[Content_Types].xml", '<Override PartName="/word/theme/theme1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>')
    return zipped(parts)


def test_a_theme_is_taken_with_its_relationship_and_content_type():
    made = parts_of(clean(themed(theme())))
    assert b"Cambria" in made["word/theme/theme1.xml"]
    assert b'Target="theme/theme1.xml"' in made["word/_rels/document.xml.rels"]
    assert b'PartName="/word/theme/theme1.xml"' in made["[Content_Types].xml"]
    document = docx.Document(io.BytesIO(clean(themed(theme()))))
    assert round(document.sections[0].left_margin.mm) == 25  # the page setup taken too


def test_a_theme_filled_with_pictures_is_left_for_word_s_own():
    picture = '<a:blipFill><a:blip r:embed="rId9"/></a:blipFill>'
    made = parts_of(clean(themed(theme(picture))))
    assert "word/theme/theme1.xml" not in made and b"theme" not in made["word/_rels/document.xml.rels"]


def test_the_built_in_parts_stand_where_the_manual_s_file_has_none():
    parts = clean_reference()
    del parts["word/numbering.xml"], parts["word/fontTable.xml"]
    made = parts_of(clean(zipped(parts)))
    builtin = parts_of(clean(zipped(clean_reference())))
    assert set(made) == set(builtin)  # the built-in numbering and fonts are there


def test_what_is_not_a_reference_is_said():
    assert problem(b"PK\x03\x04 not a zip").say("en") == "it is not a Word .docx file"
    parts = clean_reference()
    del parts["word/styles.xml"]
    assert problem(zipped(parts)).say("en") == "it lacks word/styles.xml"
    parts = clean_reference()
    parts["word/document.xml"] = b"<x/>"
    assert problem(zipped(parts)).say("en") == "word/document.xml is not the main part of a Word document"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        for name, data in clean_reference().items():
            package.writestr(name, data)
        package.writestr("word/huge.xml", b" " * (17 << 20))
    assert problem(out.getvalue()).say("en") == "word/huge.xml is larger than 16 MiB"
    assert problem(zipped(clean_reference())) is None
