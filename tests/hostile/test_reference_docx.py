"""Finding 5: a repository's reference.docx gives the outputs its styles, numbering, page setup,
theme and fonts, and nothing else; a DTD, an entity or a broken part is a finding of `check`."""

from __future__ import annotations

import pytest

from support.hostile import TODAY, W, clean_reference, hostile_reference, parts_of, said_cleanly, watched, zipped


@pytest.fixture
def w(tmp_path, tmp_path_factory):
    yield from watched(tmp_path, tmp_path_factory)


def test_only_styles_numbering_page_theme_and_fonts_reach_the_outputs(w):
    """A draft of the working tree records no commit: with the clean reference and with the
    hostile one, the same manual builds the same bytes."""
    (w.root / "reference.docx").write_bytes(zipped(clean_reference()))
    clean = w.reference("--draft")
    (w.root / "reference.docx").write_bytes(zipped(hostile_reference()))
    assert said_cleanly(w.run("check", "--today", TODAY), 0)
    hostile = w.reference("--draft")
    assert hostile == clean != {}
    assert clean.keys() == w.clean_build().keys() and clean["manual.docx"] != w.clean_build()["manual.docx"]
    for name, data in hostile.items():  # Arial and a 25 mm margin are taken; nothing else is
        assert b'w:ascii="Arial"' in parts_of(data)["word/styles.xml"]
        for part, content in parts_of(data).items():
            for needle in (b"evil.example", b"INCLUDEPICTURE", b"attachedTemplate", b"vbaProject", b"AutoOpen",
                           b"numPicBullet", b"embedRegular", b"macroEnabled", b'TargetMode="External"'):
                assert needle not in content, (name, part, needle)
            assert not part.startswith(("word/comments", "word/fonts/", "word/media/", "customXml")), (name, part)


DTD = b'<?xml version="1.0"?>\n<!DOCTYPE w:styles [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>\n'
XXE = b'<?xml version="1.0"?>\n<!DOCTYPE w:styles [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'


@pytest.mark.parametrize("styles, en, vi", [
    (DTD + b'<w:styles xmlns:w="' + W.encode() + b'">&lol2;</w:styles>',
     "word/styles.xml declares a DTD or entities, which a Word file never holds",
     "word/styles.xml khai báo DTD hoặc thực thể (entity), điều một tệp Word không bao giờ có"),
    (XXE + b'<w:styles xmlns:w="' + W.encode() + b'">&x;</w:styles>',
     "word/styles.xml declares a DTD or entities, which a Word file never holds",
     "word/styles.xml khai báo DTD hoặc thực thể (entity), điều một tệp Word không bao giờ có"),
    (b'<w:styles xmlns:w="' + W.encode() + b'"><w:style>&undefined;</w:styles>',
     "word/styles.xml is not well-formed XML (line 1)", "word/styles.xml không phải XML hợp lệ (dòng 1)"),
    (b'<w:styles xmlns:w="' + W.encode() + b'"><w:style></w:styles>',
     "word/styles.xml is not well-formed XML (line 1)", "word/styles.xml không phải XML hợp lệ (dòng 1)"),
    (b'<w:numbering xmlns:w="' + W.encode() + b'"/>',
     "word/styles.xml is not the styles part its relationship says",
     "word/styles.xml không phải phần styles như quan hệ của nó cho biết"),
    (b'<w:styles xmlns:w="' + W.encode() + b'">' + b"<w:style>" * 300 + b"</w:style>" * 300 + b"</w:styles>",
     "word/styles.xml is not well-formed XML", "word/styles.xml không phải XML hợp lệ"),
])
def test_a_dtd_an_entity_or_a_broken_styles_part_is_f111_in_check(w, styles, en, vi):
    parts = clean_reference()
    parts["word/styles.xml"] = styles
    w.commit({"reference.docx": zipped(parts)}, "Mẫu định dạng hỏng")
    for lang, says, code in (("en", en, "F111 error: reference.docx cannot be used: "),
                             ("vi", vi, "F111 lỗi: Không dùng được reference.docx: ")):
        out = said_cleanly(w.run("check", "--today", TODAY, lang=lang), 1)
        assert f"reference.docx: {code}{says}" in out, out
    out = said_cleanly(w.run("build", "--today", TODAY), 1)
    assert "the manual has errors; nothing was built" in out and not (w.root / "build").exists()
