"""Pictures of printed pages: a page of a DOCX, as LibreOffice prints it, as a PNG.

    python tools/pages.py FILE.docx PAGE OUT.png [--dpi 80]
    python tools/pages.py --demo [FOLDER]

PAGE is a page number (from 1) or a text: the first page whose text holds it. The DOCX is
printed the way `isodocs build --pdf` prints (LibreOffice headless, every field brought up to
date first; isodocs.render.pdf), then the page is drawn by pdftoppm (poppler-utils). The same
DOCX gives the same PNG with the same LibreOffice and poppler.

`--demo` builds the demo's official manual (examples/agency_demo, from this repository's
history) and writes one picture of each kind of page into FOLDER (default docs/pages): the
cover, the master list, a procedure, a form and the objectives. The README shows them; rerun
this after a change to the pages and commit the pictures.
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "examples" / "agency_demo"
DEMO_DAY = dt.date(2026, 11, 23)  # the day the demo's documents are judged by
DPI = 80

# (picture, file of the build, the page: its number or a text on it)
DEMO_PAGES = (
    ("cover.png", "manual.docx", 1),
    ("master-list.png", "manual.docx", "DANH MỤC TÀI LIỆU"),
    ("procedure.png", "QT-HT-04.docx", "Tổng thời gian giải quyết"),
    ("form.png", "BM-MC-01.docx", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("objectives.png", "MT-2026.docx", "KẾ HOẠCH THỰC HIỆN MỤC TIÊU"),
)


def printed(docx: dict[str, bytes]) -> dict[str, bytes]:
    """Each DOCX (name -> bytes) printed to PDF as `isodocs build --pdf` prints it."""
    from isodocs.render.pdf import PdfError, find_office, to_pdf

    try:
        return to_pdf(docx, dt.datetime(2000, 1, 1), find_office())
    except PdfError as exc:
        raise SystemExit(f"pages.py: {exc.message.say('en')}") from None


def page_number(pdf: Path, page: int | str) -> int:
    """`page` itself, or the first page whose text holds it."""
    if isinstance(page, int):
        return page
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    for number, content in enumerate(text.split("\f"), start=1):
        if page in content:
            return number
    raise SystemExit(f"pages.py: no page of {pdf.name} holds {page!r}")


def picture(pdf: Path, page: int | str, out: Path, dpi: int = DPI) -> Path:
    """The page of `pdf` as a PNG at `out`."""
    number = page_number(pdf, page)
    out.parent.mkdir(parents=True, exist_ok=True)
    stem = out.with_suffix("")
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", str(number), "-l", str(number), "-singlefile",
                    str(pdf), str(stem)], check=True)
    return out


def pictures(docx: Path | dict[str, bytes], wanted, folder: Path, dpi: int = DPI) -> list[Path]:
    """For each (picture, file, page) of `wanted`, that page as folder/picture."""
    files = docx if isinstance(docx, dict) else {docx.name: docx.read_bytes()}
    pdfs = printed({name: files[name] for name in sorted({file for _, file, _ in wanted})})
    done = []
    with tempfile.TemporaryDirectory(prefix="isodocs-pages-") as work:
        for name, data in pdfs.items():
            (Path(work) / name).write_bytes(data)
        for png, file, page in wanted:
            done.append(picture(Path(work) / (file[: -len(".docx")] + ".pdf"), page, folder / png, dpi))
    return done


def demo(folder: Path, dpi: int = DPI) -> list[Path]:
    """The demo's official manual, built into a temporary folder, and its pages as pictures."""
    from isodocs import commands

    with tempfile.TemporaryDirectory(prefix="isodocs-demo-") as out:
        built = commands.build(str(DEMO), out=out, today=DEMO_DAY)
        if built.refused:
            raise SystemExit(f"pages.py: the demo was not built: {built.refused.say('en')}")
        files = {p.name: p.read_bytes() for p in Path(out).glob("*.docx")}
    return pictures(files, DEMO_PAGES, folder, dpi)


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--demo", nargs="?", const=str(ROOT / "docs" / "pages"), metavar="FOLDER",
                        help="pictures of the demo's pages into FOLDER (default docs/pages)")
    parser.add_argument("--dpi", type=int, default=DPI)
    parser.add_argument("docx", nargs="?", type=Path)
    parser.add_argument("page", nargs="?", help="a page number, or a text the page holds")
    parser.add_argument("out", nargs="?", type=Path)
    args = parser.parse_args(argv)
    if args.demo:
        for path in demo(Path(args.demo), args.dpi):
            print(path)
        return
    if not (args.docx and args.page and args.out):
        parser.error("give FILE.docx PAGE OUT.png, or --demo")
    page = int(args.page) if args.page.isdigit() else args.page
    (path,) = pictures(args.docx, [(args.out.name, args.docx.name, page)], args.out.parent, args.dpi)
    print(path)


if __name__ == "__main__":
    main(sys.argv[1:])
