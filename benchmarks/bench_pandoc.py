"""isodocs against pandoc on the same content: a manual of N procedures to one DOCX (a script,
not a test).

    python benchmarks/bench_pandoc.py [N] [--repeat 3] [--keep DIR]

Generates N procedures (benchmarks/synthetic.py) and loads them. isodocs renders the manual as
`isodocs build` does (cover, master list, contents, each procedure with its header table, its
seven sections, its dossier and steps tables, its revision table). For pandoc, the same
procedures are written as Markdown with the same text (control block, purpose, scope, legal
basis, dossier and steps as pipe tables, forms and records) and converted with
`pandoc -f markdown -t docx`, the default reference document, no table of contents. Both are
timed from the loaded content to the bytes of the DOCX; pandoc's time includes starting it
(the conversion is one process either way). pandoc is installed by `scripts/test.sh` (Debian's
package).
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from timing import best  # noqa: E402
from synthetic import generate  # noqa: E402

from isodocs.cli import collect_less  # noqa: E402
from isodocs.model.reader import load  # noqa: E402
from isodocs.load.source import open_source  # noqa: E402
from isodocs.model import Document, Manual, number_key  # noqa: E402
from isodocs.render.docx.manual import RenderOptions, render_manual  # noqa: E402

STAMP = dt.datetime(2026, 1, 1)
UNITS = {"working_hours": "giờ làm việc", "working_days": "ngày làm việc"}


def cell(text: object) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def table(header: list[str], rows: list[list[object]]) -> list[str]:
    return ["| " + " | ".join(header) + " |", "|" + "---|" * len(header),
            *("| " + " | ".join(cell(c) for c in row) + " |" for row in rows), ""]


def duration(value) -> str:
    return f"{value.value:g} {UNITS.get(value.unit, value.unit)}" if value else ""


def markdown(manual: Manual, doc: Document) -> list[str]:
    """The procedure's text, as a Markdown author would write it for pandoc."""
    proc, people = doc.procedure, manual.config.people
    name = lambda pid: people[pid].name if pid in people else pid  # noqa: E731
    out = [f"# {doc.code} {doc.title}", "",
           *table(["Mã hiệu", "Lần ban hành", "Ngày ban hành", "Người soạn thảo", "Người xem xét", "Người phê duyệt"],
                  [[doc.code, doc.revision, doc.issued, name(doc.prepared_by), name(doc.reviewed_by),
                    name(doc.approved_by)]]),
           "## 1. Mục đích", "", proc.purpose, "", "## 2. Phạm vi", "", proc.scope, "",
           "## 3. Tài liệu viện dẫn", ""]
    for number in doc.legal_basis:
        entry = manual.legal_by_key.get(number_key(number))
        out.append(f"- {number}" + (f" ({entry.title})" if entry else ""))
    out += ["", "## 5. Nội dung quy trình", ""]
    tthc = proc.tthc
    if tthc:
        out += [f"Thủ tục: {tthc.name} ({tthc.code}); thời hạn giải quyết {duration(tthc.time_limit)}.", "",
                *table(["TT", "Thành phần hồ sơ", "Bản chính", "Bản sao"],
                       [[n, d.name, d.originals, d.copies] for n, d in enumerate(tthc.dossier, 1)])]
    out += table(["Bước", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu/Kết quả"],
                 [[s.no, s.action, s.actor, duration(s.time), ", ".join(s.forms) or s.output] for s in proc.steps])
    out += ["## 6. Biểu mẫu", "", *(f"- {f.code} {f.title}" for f in proc.forms), "",
            "## 7. Hồ sơ cần lưu", "", *(f"- {r.name}: {r.keeper}, {r.retention}" for r in proc.records), "",
            *table(["Lần ban hành", "Ngày", "Nội dung sửa đổi"], [[c.revision, c.date, c.summary] for c in doc.changes])]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("procedures", type=int, nargs="?", default=500)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="write both DOCX files here")
    args = parser.parse_args()
    pandoc = shutil.which("pandoc")
    if pandoc is None:
        sys.exit("pandoc is not installed (bash scripts/test.sh installs Debian's package)")
    version = subprocess.run([pandoc, "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    collect_less()  # as the command line does
    with tempfile.TemporaryDirectory() as tmp:
        root = generate(Path(tmp) / "manual", args.procedures, 200)
        manual = load(open_source(root)).manual
        procedures = [d for d in manual.documents if d.procedure]
        text = "\n".join(line for doc in procedures for line in markdown(manual, doc)) + "\n"
        source, target = Path(tmp) / "manual.md", Path(tmp) / "pandoc.docx"
        source.write_text(text, encoding="utf-8")

        took_ours, ours = best(lambda: render_manual(manual, RenderOptions(stamp=STAMP)), args.repeat)

        def by_pandoc() -> bytes:
            subprocess.run([pandoc, "-f", "markdown", "-t", "docx", "-o", str(target), str(source)], check=True)
            return target.read_bytes()

        took_theirs, theirs = best(by_pandoc, args.repeat)
        print(f"{len(procedures)} procedures; Markdown for pandoc: {len(text) / 2**20:.2f} MiB")
        print(f"isodocs render_manual:          {took_ours:7.2f} s  ({len(ours) / 2**20:.2f} MiB of DOCX)")
        print(f"{version + ' md -> docx:':<32}{took_theirs:7.2f} s  ({len(theirs) / 2**20:.2f} MiB of DOCX)")
        print(f"isodocs / pandoc:               {took_ours / took_theirs:7.2f}x")
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            (args.keep / "isodocs.docx").write_bytes(ours)
            (args.keep / "pandoc.docx").write_bytes(theirs)


if __name__ == "__main__":
    main()
