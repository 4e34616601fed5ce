"""A second reader of the DOCX isodocs writes: pandoc, with its own OOXML reader (in Haskell),
must read every file of the demo's manual without a warning and find the same text in it:
each document's code and title, and a procedure's legal basis, steps and dossier items."""

from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path

import pytest

from isodocs.load.source import open_source
from isodocs.model import number_key
from isodocs.model.reader import load
from isodocs.render.docx.manual import RenderOptions, render_document, render_manual

from support.model import STAMP
from support.paths import DEMO
from support.programs import external


def read_by_pandoc(tmp_path: Path, name: str, data: bytes) -> str:
    source = tmp_path / name
    source.write_bytes(data)
    run = subprocess.run([external(("pandoc",), "pandoc", "PANDOC"), "-f", "docx", "-t", "plain", "--wrap=none",
                          "--fail-if-warnings", str(source)], capture_output=True, timeout=120)
    assert run.returncode == 0, run.stderr.decode("utf-8", "replace")
    return " ".join(unicodedata.normalize("NFC", run.stdout.decode("utf-8")).split())


def expected(manual, doc) -> list[str]:
    texts = [doc.code, doc.title]
    if doc.procedure:  # a procedure prints its legal basis, as the register spells each number
        texts += [entry.number if (entry := manual.legal_by_key.get(number_key(n))) else n for n in doc.legal_basis]
        texts += [step.action for step in doc.procedure.steps]
        if doc.procedure.tthc:
            texts += [item.name for item in doc.procedure.tthc.dossier]
    return [" ".join(t.split()) for t in texts]


@pytest.fixture(scope="module")
def manual():
    loaded = load(open_source(DEMO))
    assert loaded.manual is not None
    return loaded.manual


def test_pandoc_reads_the_whole_manual(tmp_path, manual):
    text = read_by_pandoc(tmp_path, "manual.docx", render_manual(manual, RenderOptions(stamp=STAMP)))
    missing = [t for doc in manual.documents for t in expected(manual, doc) if t not in text]
    assert not missing


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_pandoc_reads_each_document(tmp_path, manual, lang):
    for doc in manual.documents:
        text = read_by_pandoc(tmp_path, f"{doc.code}.docx", render_document(manual, doc, RenderOptions(stamp=STAMP, lang=lang)))
        assert [t for t in expected(manual, doc) if t not in text] == [], doc.code
