"""The files of a new manual: they check clean for every level of agency, quote what a person
typed, and attach the schemas for editors."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from isodocs.edit.skeleton import q
from isodocs.edit.starter import LEVELS, SCHEMAS_DIR, guess_level, level, schema_path, short_name, starter_files
from isodocs.load.source import open_source
from isodocs.load.yamlio import YamlProblem, parse, printable
from isodocs.model.reader import load
from isodocs.system.resources import resource_dir

from support.manual import run_check, write_files

DAY = dt.date(2026, 12, 1)


@pytest.mark.parametrize("key", LEVELS)
def test_a_new_manual_checks_clean_at_every_level(key, tmp_path):
    agency = {"so": "Sở Tư pháp tỉnh Gia Lai", "tinh": "Ủy ban nhân dân tỉnh Gia Lai"}.get(key, "Cơ quan: thử #1")
    parent = "" if key == "tinh" else "Ủy ban nhân dân tỉnh Gia Lai"
    root = write_files(tmp_path, starter_files(agency, parent, key, DAY))
    assert run_check(root) == []
    manual = load(open_source(root)).manual
    assert manual.config.agency.name == agency
    assert {d.code for d in manual.documents} == {"CS-01", "MT-2026", "QT-01", "QT-02", "QT-03", "QT-04",
                                                  # the internal forms those procedures use (P506)
                                                  "BM-TL-01", "BM-TL-02", "BM-TL-03", "BM-TL-04", "BM-DG-01",
                                                  "BM-DG-02", "BM-DG-03", "BM-KP-01", "BM-KP-02", "BM-LD-01",
                                                  "BM-LD-02"}
    assert {e.number for e in manual.legal} == {"19/2014/QĐ-TTg", "101/QĐ-BKHCN", "118/2025/NĐ-CP", "30/2020/NĐ-CP"}
    assert all(d.revision == 1 and d.issued == DAY for d in manual.documents)
    titles = {p.title for p in manual.config.people.values()}
    assert level(key).head in titles  # the approver's title is the level's head
    text = (root / "documents/he-thong/QT-04-xem-xet-cua-lanh-dao.yaml").read_text(encoding="utf-8")
    assert level(key).head in text


def test_the_legal_register_holds_the_common_texts_with_their_real_dates(tmp_path):
    root = write_files(tmp_path, starter_files("Ủy ban nhân dân xã Tân Phú", "", "xa", DAY))
    entries = {e.number: e for e in load(open_source(root)).manual.legal}
    assert {n: (e.issuer, e.issued.isoformat(), e.effective.isoformat(), e.status) for n, e in entries.items()} == {
        "19/2014/QĐ-TTg": ("Thủ tướng Chính phủ", "2014-03-05", "2014-05-18", "in_force"),
        "101/QĐ-BKHCN": ("Bộ Khoa học và Công nghệ", "2019-01-21", "2019-01-21", "in_force"),
        "118/2025/NĐ-CP": ("Chính phủ", "2025-06-09", "2025-07-01", "in_force"),
        "30/2020/NĐ-CP": ("Chính phủ", "2020-03-05", "2020-03-05", "in_force"),
    }


def test_the_level_and_the_short_name_are_read_from_the_agency_s_name():
    assert [guess_level(n) for n in ("Ủy ban nhân dân xã Tân Phú", "UBND phường Bến Thành", "Ủy ban nhân dân đặc khu "
                                     "Phú Quốc", "Sở Tư pháp tỉnh Gia Lai", "Ủy ban nhân dân tỉnh Gia Lai",
                                     "Sởi", "Cục Thuế")] == ["xa", "phuong", "dac_khu", "so", "tinh", "khac", "khac"]
    assert short_name("Ủy ban nhân dân xã Tân Phú") == "UBND xã Tân Phú"
    assert short_name("Sở Tư pháp tỉnh Gia Lai") == ""
    assert set(LEVELS) <= set(parse((resource_dir("templates") / "init" / "levels.yaml").read_text(encoding="utf-8"),
                                    "levels.yaml").data)


def test_the_editor_settings_attach_every_shipped_schema_kept_in_the_manual(tmp_path):
    files = starter_files("Ủy ban nhân dân xã Tân Phú", "", "xa", DAY)
    settings = json.loads(files[".vscode/settings.json"])
    attached = {schema.removeprefix("./") for schema in settings["yaml.schemas"]}
    shipped = {f"{SCHEMAS_DIR}/{p.name}" for p in resource_dir("schemas").iterdir() if p.name.endswith(".json")}
    assert attached <= set(files) and shipped <= set(files)
    assert all(files[path] == (resource_dir("schemas") / path.rsplit("/", 1)[1]).read_bytes() for path in shipped)
    assert settings["yaml.schemas"][f"./{SCHEMAS_DIR}/document.schema.json"] == ["documents/**/*.yaml"]
    assert json.loads(files[".vscode/extensions.json"])["recommendations"] == ["redhat.vscode-yaml"]
    # every YAML file names its schema in a modeline that resolves inside the manual
    for path, data in files.items():
        first = data.decode("utf-8").split("\n", 1)[0]
        if path.endswith(".yaml"):
            target = first.removeprefix("# yaml-language-server: $schema=")
            assert target != first, path
            assert (tmp_path / path).parent.joinpath(target).resolve() == (tmp_path / SCHEMAS_DIR / target.rsplit(
                "/", 1)[1]).resolve(), path
    assert schema_path("documents/quy-trinh/QT-05.yaml") == "../../.isodocs/schemas/document.schema.json"


def test_the_gitignore_keeps_build_outputs_out():
    ignored = starter_files("Ủy ban nhân dân xã Tân Phú", "", "xa", DAY)[".gitignore"].decode("utf-8").split("\n")
    assert {"build/", ".venv/"} <= set(ignored)


@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=40))
def test_a_typed_value_always_reads_back_as_itself(value):
    """As the command line hands it over (in NFC): read back the same, or, holding a control
    character no manual may hold, refused (the commands refuse it before writing: test_start)."""
    value = unicodedata.normalize("NFC", value)
    for line in (f"key: {q(value)}\n", f"key: {{a: {q(value)}}}\n"):
        if not printable(value):
            with pytest.raises(YamlProblem):
                parse(line, "value")
            continue
        data = parse(line, "value").data["key"]
        assert (data if isinstance(data, str) else data["a"]) == value
