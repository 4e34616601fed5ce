"""A page of a Word document as a picture: LibreOffice prints it to PDF, pdftoppm draws the page.

    python tools/pages.py FILE.docx                  # every page: FILE-1.png, FILE-2.png, ...
    python tools/pages.py FILE.docx --page 3 -o docs/images/redline.png
    python tools/pages.py FILE.docx --page 1 --dpi 100
    python tools/pages.py FILE.docx --page "Tổng thời gian" -o step.png   # the first page holding a text
    python tools/pages.py --demo                     # docs/images: the demo manual's kinds of page

For the pictures in docs/ and for looking at what isodocs prints without Word. Needs LibreOffice
(`soffice`, or the program ISODOCS_SOFFICE names) and pdftoppm (poppler-utils). LibreOffice runs
headless with a profile of its own in a temporary folder, so it never disturbs (or waits for) a
LibreOffice already open. Exit 0 when the pictures were written, 2 when they could not be.

`--demo` builds the demo's official manual (examples/agency_demo, approved content from this
repository's history, judged on a fixed day) and draws one page of each kind into docs/images:
the cover, the master list, a procedure, a form and the objectives, which the README shows.
Run it again after changing what the pages print, and commit the pictures.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def program(name: str, environ: str = "") -> str:
    found = (os.environ.get(environ) if environ else None) or shutil.which(name)
    if not found:
        raise SystemExit(f"pages: {name} not found (Debian: apt install "
                         f"{'libreoffice-writer' if name == 'soffice' else 'poppler-utils'})")
    return found


def to_pdf(docx: Path, folder: Path) -> Path:
    """`docx` printed to PDF in `folder` by LibreOffice headless."""
    soffice = program("soffice", "ISODOCS_SOFFICE")
    profile = (folder / "profile").as_uri()
    subprocess.run([soffice, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", str(folder), str(docx),
                    f"-env:UserInstallation={profile}"], check=False, capture_output=True, timeout=300)
    pdf = folder / f"{docx.stem}.pdf"
    if not pdf.exists():  # soffice exits 0 even when it fails: the PDF is the evidence
        raise SystemExit(f"pages: LibreOffice could not print {docx}")
    return pdf


def page_count(pdf: Path) -> int:
    info = subprocess.run([program("pdfinfo"), str(pdf)], check=True, capture_output=True, text=True).stdout
    return next(int(line.split()[-1]) for line in info.splitlines() if line.startswith("Pages:"))


def draw(pdf: Path, page: int, target: Path, dpi: int) -> Path:
    """Page `page` (from 1) of `pdf` as the PNG `target`."""
    target.parent.mkdir(parents=True, exist_ok=True)
    stem = target.with_suffix("")
    subprocess.run([program("pdftoppm"), "-f", str(page), "-l", str(page), "-r", str(dpi), "-png", "-singlefile",
                    str(pdf), str(stem)], check=True, capture_output=True, timeout=120)
    return stem.with_suffix(".png")


def find(pdf: Path, page: str, count: int) -> int:
    """A page number given as digits, or the first page whose text holds `page` (0: none)."""
    if page.isdigit():
        return int(page)
    text = subprocess.run([program("pdftotext"), "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True, timeout=120).stdout
    return next((n for n, content in enumerate(text.split("\f")[:count], start=1) if page in content), 0)


ROOT = Path(__file__).resolve().parents[1]
DEMO_DAY = "2026-11-23"  # the day the demo's pages are judged by (in force, obsolete)
# (picture in docs/images, file of the demo's build, the page: a number or a text it holds)
DEMO_PAGES = (
    ("cover.png", "manual.docx", "1"),
    ("master-list.png", "manual.docx", "DANH MỤC TÀI LIỆU"),
    ("procedure.png", "QT-HT-04.docx", "Tổng thời gian giải quyết"),
    ("form.png", "BM-MC-01.docx", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("objectives.png", "MT-2026.docx", "KẾ HOẠCH THỰC HIỆN MỤC TIÊU"),
)


def demo(folder: Path, dpi: int) -> list[Path]:
    """The demo's official manual built, and a page of each kind drawn into `folder`."""
    with tempfile.TemporaryDirectory(prefix="isodocs-pages-") as work:
        built = subprocess.run([sys.executable, "-m", "isodocs", "build", "-C", str(ROOT / "examples" / "agency_demo"),
                                "-o", work, "--today", DEMO_DAY], capture_output=True, text=True, timeout=600)
        if built.returncode != 0:
            raise SystemExit(f"pages: the demo was not built: {built.stderr.strip() or built.stdout.strip()}")
        done, pdfs = [], {}
        for png, name, page in DEMO_PAGES:
            if name not in pdfs:
                out = Path(work) / name.replace(".docx", "")
                out.mkdir()
                pdfs[name] = to_pdf(Path(work) / name, out)
            number = find(pdfs[name], page, page_count(pdfs[name]))
            if not number:
                raise SystemExit(f"pages: no page of the demo's {name} holds {page!r}")
            done.append(draw(pdfs[name], number, folder / png, dpi))
        return done


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Pages of a DOCX as PNG pictures (LibreOffice, then pdftoppm).")
    parser.add_argument("docx", type=Path, nargs="?")
    parser.add_argument("--page", action="append",
                        help="a page to draw: its number from 1, or a text it holds (repeat; default: all)")
    parser.add_argument("-o", "--output", type=Path, help="the PNG to write (with one --page)")
    parser.add_argument("--dpi", type=int, default=80, help="resolution (default 80: an A4 page 662 px wide)")
    parser.add_argument("--demo", action="store_true", help="the demo manual's kinds of page, into docs/images")
    args = parser.parse_args(argv)
    if args.demo:
        try:
            for path in demo(ROOT / "docs" / "images", args.dpi):
                print(path)
        except SystemExit as stop:
            print(stop, file=sys.stderr)
            return 2
        return 0
    if args.docx is None:
        print("pages: give a DOCX file, or --demo", file=sys.stderr)
        return 2
    if not args.docx.is_file():
        print(f"pages: {args.docx}: no such file", file=sys.stderr)
        return 2
    if args.output and len(args.page or ()) != 1:
        print("pages: -o names one picture: give exactly one --page", file=sys.stderr)
        return 2
    try:
        with tempfile.TemporaryDirectory(prefix="isodocs-pages-") as folder:
            pdf = to_pdf(args.docx.resolve(), Path(folder))
            count = page_count(pdf)
            wanted = args.page or [str(n) for n in range(1, count + 1)]
            for asked in wanted:
                page = find(pdf, asked, count)
                if not 1 <= page <= count:
                    said = f"has {count} pages, not {asked}" if asked.isdigit() else f"has no page holding {asked!r}"
                    print(f"pages: {args.docx} {said}", file=sys.stderr)
                    return 2
                target = args.output or args.docx.with_name(f"{args.docx.stem}-{page}.png")
                print(draw(pdf, page, target, args.dpi))
    except SystemExit as stop:
        print(stop, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
