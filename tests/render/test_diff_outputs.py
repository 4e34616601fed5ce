"""The diff's outputs (isodocs/render/text/diff.py, json/diff.py, html/diff.py) against golden
copies, and what the HTML page must never hold. ISODOCS_UPDATE_GOLDEN=1 rewrites tests/render/golden/."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from isodocs.diff.changes import Side
from isodocs.diff.engine import diff_manuals
from isodocs.diff.plain import FORMAT
from isodocs.diff.revisions import IN_FORCE, WORKTREE
from isodocs.render import diffview as view
from isodocs.render.html import diff as html_out
from isodocs.render.json import diff as json_out
from isodocs.render.text import diff as text

from support.diffcases import V1, V2, manual

GOLDEN = Path(__file__).parent / "golden"


def check_golden(name: str, actual: str) -> None:
    path = GOLDEN / name
    if os.environ.get("ISODOCS_UPDATE_GOLDEN") == "1":
        path.write_text(actual, encoding="utf-8")
        return
    assert path.exists(), f"{path} missing: run with ISODOCS_UPDATE_GOLDEN=1"
    assert actual == path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def diff():
    return diff_manuals(manual(V1), manual(V2), sides=(Side("v1", "1" * 40), Side("v2", "2" * 40)))


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_text_golden(diff, lang):
    check_golden(f"text-{lang}.txt", "\n".join(text.lines(view.build(diff, lang))) + "\n")


def test_text_colours_words_instead_of_marking_them(diff):
    def style(t, **kw):
        return f"<{kw.get('fg')}>{t}</>" if kw.get("fg") else t

    lines = "\n".join(text.lines(view.build(diff, "vi"), style))
    assert "[-" not in lines and "{+" not in lines
    assert "<green>, thời hạn</>" in lines and "<red>vĩnh viễn</>" in lines


def test_json_golden(diff):
    check_golden("diff.json", json_out.to_json(diff) + "\n")
    data = json.loads(json_out.to_json(diff))
    assert data["format"] == FORMAT
    assert data["summary"] == {"added": 1, "removed": 0, "modified": 2, "renamed": 1, "unchanged": 0, "unreadable": 0}


def test_html_golden(diff):
    check_golden("diff.html", html_out.render(diff, "vi"))


class _Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def parse(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    return page


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_html_is_self_contained_and_escaped(diff, lang):
    html = html_out.render(diff, lang)
    page = parse(html)
    tags = [t for t, _ in page.tags]
    assert "script" not in tags and "link" not in tags and "img" not in tags and "iframe" not in tags
    for _, attrs in page.tags:
        for name in ("src", "href"):
            assert attrs.get(name) is None or attrs[name].startswith("#"), attrs
    assert not re.search(r"url\(|@import", html)
    assert "Sổ theo dõi &lt;tiếp nhận&gt;" in html  # a form title with angle brackets
    assert f'<html lang="{lang}">' in html


def test_html_structure(diff):
    page = parse(html_out.render(diff, "vi"))
    sections = [a for t, a in page.tags if t == "section"]
    assert [s["id"] for s in sections] == ["doc-1", "doc-2", "doc-3", "doc-4"]
    assert [s["class"] for s in sections] == ["doc status-renamed", "doc status-added", "doc status-modified",
                                              "doc status-modified"]
    links = [a["href"] for t, a in page.tags if t == "a"]
    assert links == ["#doc-1", "#doc-2", "#doc-3", "#doc-4"]
    words = "".join(page.text)
    assert "Trước" in words and "Sau" in words and "Thời hạn giải quyết" in words
    assert sum(1 for t, _ in page.tags if t == "ins") >= 5 and sum(1 for t, _ in page.tags if t == "del") >= 2


def test_html_of_no_changes():
    found = diff_manuals(manual(V1), manual(V1))
    page = parse(html_out.render(found, "en"))
    assert "No changes" in "".join(page.text) and not any(t == "section" for t, _ in page.tags)


def test_the_html_page_says_what_a_person_reads():
    """Revisions as people name them, never a commit id nor a file path; each change's kind in a
    word, never the terminal's marks; the change of a procedure's total time."""
    when = dt.datetime(2026, 11, 23, 10, 5, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    found = diff_manuals(manual(V1), manual(V2), sides=(Side(IN_FORCE, "a63b4b6" + "0" * 33, when), Side(WORKTREE)))
    page = parse(html_out.render(found, "vi"))
    words = "".join(page.text)
    assert "So sánh: các lần ban hành đang có hiệu lực → bản dự thảo" in words
    assert "IN_FORCE" not in words and "WORKTREE" not in words and "a63b4b6" not in words
    assert "documents/" not in words and ".yaml" not in words and ".md" not in words
    marks = [t.strip() for t in page.text if t.strip() in ("~", "+", "-", "#", "↕")]
    assert marks == []
    assert "Tổng thời gian" in words and "1 ngày làm việc" in words and "6,5 giờ làm việc" in words
    assert "thêm mới" in words and "sửa" in words  # the kind of each change, in words


@pytest.mark.parametrize("a, b, said", [
    (Side("v1", "1" * 40, dt.datetime(2026, 10, 6, 9, 0)), Side("v2", "2" * 40, dt.datetime(2026, 12, 1, 14, 30)),
     "bản ngày 06/10/2026 → bản ngày 01/12/2026"),
    (Side("v1", "1" * 40, dt.datetime(2026, 12, 1, 9, 0)), Side("v2", "2" * 40, dt.datetime(2026, 12, 1, 14, 30)),
     "bản lúc 09:00 ngày 01/12/2026 → bản lúc 14:30 ngày 01/12/2026"),  # one day: told apart by the time
    (Side("QT-HT-01@r2", "1" * 40, dt.datetime(2026, 1, 1)), Side(WORKTREE), "QT-HT-01 lần ban hành 02 → bản dự thảo"),
])
def test_sides_are_named_by_their_day_or_revision(a, b, said):
    found = diff_manuals(manual(V1), manual(V2), sides=(a, b))
    assert view.sides_named(found, "vi") == said


def test_one_document_is_named_by_its_revisions():
    found = diff_manuals(manual(V1), manual(V2), sides=(Side("v1", "1" * 40), Side("v2", "2" * 40)),
                         codes=("QT-HT-01",))
    assert view.sides_named(found, "vi") == "QT-HT-01 lần ban hành 02 → 03"
    assert view.sides_named(found, "en") == "QT-HT-01 revision 02 → 03"
