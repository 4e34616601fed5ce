"""A page of a Word document as a picture: LibreOffice prints it to PDF, pdftoppm draws the page.

    python tools/pages.py FILE.docx                  # every page: FILE-1.png, FILE-2.png, ...
    python tools/pages.py FILE.docx --page 3 -o docs/images/redline.png
    python tools/pages.py FILE.docx --page 1 --dpi 100

For the pictures in docs/ and for looking at what isodocs prints without Word. Needs LibreOffice
(`soffice`, or the program ISODOCS_SOFFICE names) and pdftoppm (poppler-utils). LibreOffice runs
headless with a profile of its own in a temporary folder, so it never disturbs (or waits for) a
LibreOffice already open. Exit 0 when the pictures were written, 2 when they could not be.
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Pages of a DOCX as PNG pictures (LibreOffice, then pdftoppm).")
    parser.add_argument("docx", type=Path)
    parser.add_argument("--page", type=int, action="append", help="a page to draw, from 1 (repeat; default: all)")
    parser.add_argument("-o", "--output", type=Path, help="the PNG to write (with one --page)")
    parser.add_argument("--dpi", type=int, default=80, help="resolution (default 80: an A4 page 662 px wide)")
    args = parser.parse_args(argv)
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
            wanted = args.page or list(range(1, count + 1))
            for page in wanted:
                if not 1 <= page <= count:
                    print(f"pages: {args.docx} has {count} pages, not {page}", file=sys.stderr)
                    return 2
                target = args.output or args.docx.with_name(f"{args.docx.stem}-{page}.png")
                print(draw(pdf, page, target, args.dpi))
    except SystemExit as stop:
        print(stop, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
