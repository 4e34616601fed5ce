"""The files of a new manual (`isodocs init`): isodocs.yaml commented for the person who keeps
it, the framework model's system documents and the internal forms they use as starting drafts,
a legal register of the texts every agency cites, the JSON Schemas and the editor settings that
attach them, and a .gitignore.

Everything a person reads in these files is in the shipped templates (templates/init/), in the
manual's language; this module only fills them and names the files. The drafts are written for
people listed as examples in isodocs.yaml, so the new manual checks clean as it is.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import cache

from isodocs.edit.skeleton import fill, shipped
from isodocs.system.resources import resource_dir

# --level: how an agency's leaders and units are called (templates/init/levels.yaml)
LEVELS = ("xa", "phuong", "dac_khu", "tinh", "so", "khac")
OTHER_LEVEL = "khac"

# the example people of a new isodocs.yaml, by role (ids are plain ASCII, kept when names change)
PREPARER, REVIEWER, APPROVER = "thu.ky", "pho.chu.tich", "chu.tich"

SCHEMAS_DIR = ".isodocs/schemas"
SYSTEM_DIR = "documents/he-thong"
_DOCUMENTS = {  # template -> file, {year} the objectives' year
    "CS-01.md.j2": "CS-01-chinh-sach-chat-luong.md",
    "MT.yaml.j2": "MT-{year}-muc-tieu-chat-luong.yaml",
    "QT-01.yaml.j2": "QT-01-kiem-soat-thong-tin-dang-van-ban.yaml",
    "QT-02.yaml.j2": "QT-02-danh-gia-noi-bo.yaml",
    "QT-03.yaml.j2": "QT-03-dau-ra-khong-phu-hop-va-khac-phuc.yaml",
    "QT-04.yaml.j2": "QT-04-xem-xet-cua-lanh-dao.yaml",
}
# The internal forms the system procedures use: a manual controls them as documents (P506).
FORMS_DIR = "documents/bieu-mau"
_FORMS = ("BM-TL-01-phieu-de-nghi-soan-thao-sua-doi-tai-lieu.md", "BM-TL-02-danh-muc-tai-lieu-noi-bo.md",
          "BM-TL-03-danh-muc-tai-lieu-ben-ngoai.md", "BM-TL-04-danh-muc-ho-so.md",
          "BM-DG-01-ke-hoach-danh-gia-noi-bo.md", "BM-DG-02-phieu-ghi-chep-danh-gia-noi-bo.md",
          "BM-DG-03-bao-cao-danh-gia-noi-bo.md", "BM-KP-01-phieu-yeu-cau-hanh-dong-khac-phuc.md",
          "BM-KP-02-so-theo-doi-dau-ra-khong-phu-hop.md", "BM-LD-01-thong-bao-hop-xem-xet-cua-lanh-dao.md",
          "BM-LD-02-bien-ban-hop-xem-xet-cua-lanh-dao.md")
_LEGAL = {"legal-he-thong-qlcl.yaml": "legal/he-thong-qlcl.yaml", "legal-hanh-chinh.yaml": "legal/hanh-chinh.yaml"}
# JSON Schema -> the files of the manual VS Code's YAML extension checks against it
_SCHEMA_FILES = {
    "manual.schema.json": ["isodocs.yaml"],
    "document.schema.json": ["documents/**/*.yaml"],
    "legal-file.schema.json": ["legal/**/*.yaml"],
    "approval.schema.json": ["approvals/**/*.yaml"],
}


@dataclass(frozen=True)
class Level:
    key: str
    head: str  # who approves: the head of the agency
    deputy: str  # who reviews: a deputy, head of the ISO board
    office: str  # where the ISO secretary works
    one_stop: str  # where administrative procedures are received and answered
    leaders: str  # the agency's leadership, together
    names: tuple[str, ...] = ()  # how an agency's name of this level starts


@cache
def _levels() -> dict:
    from isodocs.load.yamlio import parse

    return parse(shipped("init", "levels.yaml"), "levels.yaml").data


def level(key: str) -> Level:
    data = _levels()[key]
    return Level(key, data["head"], data["deputy"], data["office"], data["one_stop"], data["leaders"],
                 tuple(data["names"]))


def guess_level(agency: str) -> str:
    """The level an agency's name says (Ủy ban nhân dân xã …: xa), else `khac`."""
    for key in LEVELS:
        for start in level(key).names:
            if agency == start or agency.startswith(start + " "):
                return key
    return OTHER_LEVEL


def short_name(agency: str) -> str:
    """The agency's name with its usual abbreviation (Ủy ban nhân dân → UBND), or "" when none."""
    for long, short in _levels()["short"].items():
        if agency.startswith(long + " "):
            return short + agency[len(long):]
    return ""


def schema_path(from_file: str, schema: str = "document.schema.json") -> str:
    """The manual's copy of a schema, relative to a file of the manual (for its modeline)."""
    return "../" * from_file.count("/") + f"{SCHEMAS_DIR}/{schema}"


def vscode_settings() -> str:
    """.vscode/settings.json: VS Code's YAML extension checks, completes and explains every file
    against the schemas kept in the manual (no network needed)."""
    settings = {
        "yaml.schemas": {f"./{SCHEMAS_DIR}/{name}": globs for name, globs in _SCHEMA_FILES.items()},
        "files.encoding": "utf8",
        "files.eol": "\n",
        "[yaml]": {"editor.insertSpaces": True, "editor.tabSize": 2, "editor.autoIndent": "keep"},
    }
    return json.dumps(settings, indent=2, ensure_ascii=False) + "\n"


def vscode_extensions() -> str:
    """.vscode/extensions.json: VS Code offers to install the YAML extension on opening the folder."""
    return json.dumps({"recommendations": ["redhat.vscode-yaml"]}, indent=2) + "\n"


def schema_files() -> dict[str, bytes]:
    """The shipped JSON Schemas, copied into the manual so that editors find them offline."""
    folder = resource_dir("schemas")
    return {f"{SCHEMAS_DIR}/{entry.name}": entry.read_bytes()
            for entry in sorted(folder.iterdir(), key=lambda e: e.name) if entry.name.endswith(".json")}


def starter_files(agency: str, parent: str, level_key: str, day: dt.date) -> dict[str, bytes]:
    """Every file of a new manual, by path relative to the manual's folder."""
    words = level(level_key)
    short = short_name(agency)
    values = {
        "agency": agency, "short": short, "parent": parent, "today": day.isoformat(), "year": day.year,
        "head": words.head, "deputy": words.deputy, "office": words.office, "one_stop": words.one_stop,
        "leaders": words.leaders, "board": f"{_levels()['board']} {short or agency}",
        "preparer": PREPARER, "reviewer": REVIEWER, "approver": APPROVER,
    }
    files = {"isodocs.yaml": fill("init", "isodocs.yaml.j2", **values), ".gitignore": shipped("init", "gitignore"),
             ".vscode/settings.json": vscode_settings(), ".vscode/extensions.json": vscode_extensions()}
    for template, name in _DOCUMENTS.items():
        files[f"{SYSTEM_DIR}/{name.format(year=day.year)}"] = fill("init", template, **values)
    for name in _FORMS:
        files[f"{FORMS_DIR}/{name}"] = fill("init", f"forms/{name}.j2", **values)
    for template, path in _LEGAL.items():
        files[path] = shipped("init", template)
    encoded = {path: text.encode("utf-8") for path, text in files.items()}
    return encoded | schema_files()
