"""The HTML diff as a person sees it in Chromium: the page's text in reading order, every deleted
word struck through on red in the old column and every inserted one underlined on green in the
new column, and the screenshot showing those marks in those colours.

The page is opened in headless Chromium through the DevTools protocol (tests/support/chromium.py);
a screenshot of the whole page is kept next to the test's files, for a person to look at.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from isodocs.diff.changes import Side
from isodocs.diff.engine import diff_manuals
from isodocs.render.html import diff as html_out

from support import png
from support.chromium import Page
from support.diffcases import V1, V2, manual

DELETED = {"background": (255, 225, 225), "ink": (138, 16, 16), "line": "line-through", "column": "old"}
INSERTED = {"background": (220, 245, 223), "ink": (13, 90, 28), "line": "underline", "column": "new"}
SHOWN = [("vĩnh viễn", DELETED), ("Không có", DELETED), ("20 năm", INSERTED), ("Trả lời 100%", INSERTED)]

# Each <del> and <ins>: its text, the table column it sits in, its computed style, the first box
# it is laid out in with some ink (a mark may begin with a line break) (in the document's coordinates), and whether that box is where the element is
# drawn on top (not hidden, not covered).
MARKS = """[...document.querySelectorAll('del, ins')].map(e => {
    e.scrollIntoView({block: 'center'});  // elementFromPoint sees only what is in the window
    const box = [...e.getClientRects()].find(r => r.width > 0 && r.height > 0);
    const style = getComputedStyle(e), cell = e.closest('td');
    const hit = box && document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return {tag: e.tagName.toLowerCase(), text: e.textContent, column: cell ? cell.className : '',
            background: style.backgroundColor, ink: style.color, line: style.textDecorationLine,
            box: box ? {x: box.x + scrollX, y: box.y + scrollY, width: box.width, height: box.height} : null,
            drawn: !!hit && e.contains(hit)};
})"""


def rgb(css: str) -> tuple[int, ...]:
    return tuple(int(v) for v in re.findall(r"\d+", css)[:3])


@pytest.fixture(scope="module")
def seen(tmp_path_factory):
    """(the diff, the page's text, its marks, a screenshot taker) for the V1 → V2 diff in Vietnamese."""
    folder = tmp_path_factory.mktemp("chromium")
    diff = diff_manuals(manual(V1), manual(V2), sides=(Side("v1", "1" * 40), Side("v2", "2" * 40)))
    html = folder / "diff.html"
    html.write_text(html_out.render(diff, "vi"), encoding="utf-8")
    with Page(html.as_uri(), folder / "profile") as page:
        (folder / "diff.png").write_bytes(page.screenshot())  # for a person to look at
        marks = page.evaluate(MARKS)
        shots = {m["text"]: png.read(page.screenshot(m["box"])) for m in marks if m["text"] in dict(SHOWN) and m["box"]}
        yield diff, page.evaluate("document.body.innerText"), marks, shots


def test_the_page_reads_in_order(seen):
    diff, text, _, _ = seen
    flat = " ".join(text.split())
    codes = [doc.code for doc in diff.documents]
    assert codes == ["CS-02", "HD-01", "MT-2025", "QT-HT-01"]
    expected = ["So sánh các phiên bản", "So sánh: v1 → v2",
                "4 tài liệu thay đổi (1 thêm mới, 2 sửa đổi, 1 đổi mã hoặc tệp); 0 tài liệu không đổi.",
                "Tài liệu thay đổi", *codes,  # the index
                *[f"{doc.code} {doc.title}" for doc in diff.documents]]  # then each document's section
    at = 0
    for piece in expected:
        found = flat.find(piece, at)
        assert found >= 0, f"{piece!r} not found after {flat[max(0, at - 60):at]!r}"
        at = found + len(piece)
    # a change reads across its row: what changed, the old value, the new one
    assert re.search(r"Thời gian lưu\s+vĩnh viễn\s+20 năm", text)
    assert re.search(r"Mục đích\s+Quy định trình tự đăng ký khai sinh\.\s+"
                     r"Quy định trình tự, thời hạn đăng ký khai sinh cho trẻ em\.", text)


@pytest.mark.parametrize("tag, look", [("del", DELETED), ("ins", INSERTED)])
def test_every_mark_is_drawn_in_its_column_and_style(seen, tag, look):
    _, _, marks, _ = seen
    mine = [m for m in marks if m["tag"] == tag and m["column"]]  # the legend's marks sit in no column
    assert len(mine) >= 2
    for mark in mine:
        assert look["column"] in mark["column"].split(), mark
        assert (rgb(mark["background"]), rgb(mark["ink"]), mark["line"]) == (look["background"], look["ink"],
                                                                                look["line"]), mark
        assert mark["box"] and mark["box"]["width"] > 0 and mark["drawn"], mark
    texts = {m["text"] for m in mine}
    assert {"vĩnh viễn", "Không có"} <= texts if tag == "del" else {"20 năm", ", thời hạn", " cho trẻ em"} <= texts


def near(pixel: tuple[int, ...], colour: tuple[int, ...], tolerance: int = 40) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(pixel, colour))


@pytest.mark.parametrize("text, look", SHOWN)
def test_the_screenshot_shows_the_mark(seen, text, look):
    """In the pixels of the word's box: mostly the mark's background, its ink on it, and a line of
    that ink through the middle (deleted) or along the bottom (inserted)."""
    _, _, marks, shots = seen
    assert [m["text"] for m in marks].count(text) == 1
    assert text in shots, f"{text!r} is not laid out on the page"
    shot = shots[text]
    colours = Counter(shot)
    total = shot.width * shot.height
    assert colours[look["background"]] >= 0.4 * total, colours.most_common(4)
    assert sum(n for c, n in colours.items() if near(c, look["ink"])) >= 0.05 * total, colours.most_common(4)
    lines = [y / shot.height for y, row in enumerate(shot.rows)
             if sum(near(tuple(row[x * shot.channels:x * shot.channels + 3]), look["ink"], 60)
                    for x in range(shot.width)) >= 0.9 * shot.width]
    where = (0.3, 0.75) if look["line"] == "line-through" else (0.75, 1.0)
    assert any(where[0] <= at <= where[1] for at in lines), (text, lines)
    other = (0.75, 1.0) if look["line"] == "line-through" else (0.3, 0.75)
    assert not any(other[0] <= at < other[1] for at in lines), (text, lines)



def test_the_printed_page_reads_as_a_person_expects(tmp_path):
    """Printed by Chromium (its print to PDF, colours kept) and read back: the revisions named as
    people name them, the total time's change, no commit id, file path or terminal mark."""
    import datetime as dt
    import subprocess

    from isodocs.diff.revisions import IN_FORCE, WORKTREE

    from support.chromium import chromium
    from support.pages import page_texts

    when = dt.datetime(2026, 11, 23, 10, 5)
    diff = diff_manuals(manual(V1), manual(V2), sides=(Side(IN_FORCE, "a63b4b6" + "0" * 33, when), Side(WORKTREE)))
    page = tmp_path / "diff.html"
    page.write_text(html_out.render(diff, "vi"), encoding="utf-8")
    pdf = tmp_path / "diff.pdf"
    run = subprocess.run(
        [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-pdf-header-footer",
         f"--user-data-dir={tmp_path / 'profile'}", f"--print-to-pdf={pdf}", page.as_uri()],
        capture_output=True, timeout=120)
    assert pdf.exists(), run.stderr.decode(errors="replace")[-2000:]
    printed = page_texts(pdf)
    assert len(printed) >= 4  # a page per document (print styles)
    text = " ".join(" ".join(printed).split())
    assert "So sánh: các lần ban hành đang có hiệu lực → bản dự thảo" in text
    assert "Tổng thời gian 1 ngày làm việc 6,5 giờ làm việc" in text
    assert "a63b4b6" not in text and "IN_FORCE" not in text and "documents/" not in text
    assert not re.search(r"(^|\s)[~+↕](\s|$)", text)  # (a Markdown body keeps its own # headings)
