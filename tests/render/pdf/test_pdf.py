"""build --pdf: LibreOffice prints every DOCX with its contents and page numbers up to date."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from isodocs.cli import main
from isodocs.render import pdf
from isodocs.render.pdf import PdfError, find_office, settled

from support.programs import external

ROOT = Path(__file__).resolve().parents[3]
DEMO = ROOT / "examples" / "agency_demo"

# The end of a PDF as LibreOffice writes it: a creation date, then an identifier and a checksum
# that change with every printing.
PRINTED = (b"%PDF-1.6\n1 0 obj\n<</Producer<FEFF>\n/CreationDate(D:20261201235026Z')>>\nendobj\n"
           b"trailer\n<</Size 34/Root 32 0 R\n/Info 33 0 R\n/ID [ <2B955C564A779A0526E8DB006351CDA1>\n"
           b"<2B955C564A779A0526E8DB006351CDA1> ]\n/DocChecksum /797A866C4C7F3E5A59330C5A7B7D12C0\n>>\n%%EOF\n")


def reprinted(data: bytes, second: str, ident: str) -> bytes:
    return (data.replace(b"235026", second.encode()).replace(b"2B955C564A779A0526E8DB006351CDA1", ident.encode())
            .replace(b"797A866C4C7F3E5A59330C5A7B7D12C0", ident[::-1].encode()))


def test_two_printings_settle_to_the_same_bytes_of_the_same_length():
    stamp = dt.datetime(2026, 1, 19, 8, 30, 0)
    again = reprinted(PRINTED, "235931", "0123456789ABCDEF0123456789ABCDEF")
    one, two = settled(PRINTED, stamp), settled(again, stamp)
    assert one == two and len(one) == len(PRINTED)  # the cross-reference offsets stay right
    assert b"/CreationDate(D:20260119083000Z')" in one
    assert b"2B955C564A779A0526E8DB006351CDA1" not in one
    other = settled(PRINTED.replace(b"<FEFF>", b"<FEFE>"), stamp)
    assert other != one  # the identifier is a digest of the content


def test_a_named_soffice_that_is_not_a_program_is_said(tmp_path):
    with pytest.raises(PdfError) as exc:
        find_office({"ISODOCS_SOFFICE": str(tmp_path / "soffice")})
    assert exc.value.message.say("en") == (
        f"ISODOCS_SOFFICE names {tmp_path / 'soffice'}, which is not a program that can be run: give the path of "
        "LibreOffice's soffice")


def test_without_libreoffice_the_message_says_what_to_install(monkeypatch):
    monkeypatch.setattr(pdf.shutil, "which", lambda name: None)
    monkeypatch.setattr(pdf, "_PLACES", ())
    with pytest.raises(PdfError) as exc:
        find_office({})
    assert "apt install libreoffice-writer python3-uno" in exc.value.message.say("en")
    assert "apt install libreoffice-writer python3-uno" in exc.value.message.say("vi")


def test_without_the_uno_bridge_the_message_names_it(tmp_path, monkeypatch):
    soffice = tmp_path / "soffice"
    soffice.write_text("#!/bin/sh\n")
    soffice.chmod(0o755)
    monkeypatch.setattr(pdf, "_has_uno", lambda python: False)
    with pytest.raises(PdfError, match="python3-uno"):
        find_office({"ISODOCS_SOFFICE": str(soffice)})


def test_build_without_libreoffice_exits_2_and_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("ISODOCS_SOFFICE", str(tmp_path / "nowhere"))
    result = CliRunner().invoke(main, ["build", "-C", str(DEMO), "--draft", "--pdf", "-o", str(tmp_path / "out"),
                                       "--lang", "en"])
    assert result.exit_code == 2, result.output
    assert "ISODOCS_SOFFICE names" in result.output
    assert not (tmp_path / "out").exists()


def page_text(path: Path) -> str:
    return subprocess.run([external(("pdftotext",), "poppler-utils", "SOFFICE"), "-layout", str(path), "-"],
                          capture_output=True, text=True, check=True).stdout


def test_build_pdf_prints_every_file_with_fields_up_to_date_and_reproducibly(tmp_path):
    external(("soffice",), "LibreOffice", "SOFFICE")
    try:
        find_office()
    except PdfError as exc:
        pytest.fail(exc.message.say("en"))  # LibreOffice is here: its bridge must be too
    demo = tmp_path / "demo"
    shutil.copytree(DEMO, demo, ignore=shutil.ignore_patterns("build"))
    runs = []
    for out in ("one", "two"):
        result = CliRunner().invoke(main, ["build", "-C", str(demo), "--draft", "--pdf", "-o", str(tmp_path / out),
                                           "--lang", "en"])
        assert result.exit_code == 0, result.output
        runs.append({p.name: p.read_bytes() for p in sorted((tmp_path / out).iterdir())})
    one, two = runs
    docx = {name for name in one if name.endswith(".docx")}
    assert {name for name in one if name.endswith(".pdf")} == {name[:-5] + ".pdf" for name in docx}
    assert one == two  # the same commit prints byte-identical PDFs
    manual = page_text(tmp_path / "one" / "manual.pdf")
    # No contents field (each document counts its own pages, so it could only say 1): the
    # master list is the contents, one row per document, before the first document's page.
    assert "CONTENTS" not in manual
    listed = manual.split("MASTER LIST OF DOCUMENTS", 1)[1].split("Page:", 1)[0]
    codes = [name[:-5] for name in docx if name != "manual.docx"]
    assert all(re.search(rf"^\s*\d+\s+{re.escape(code)}\s", listed, re.M) for code in codes), listed
    policy = page_text(tmp_path / "one" / "CS-01.pdf")
    assert "Page: 1/" in policy
