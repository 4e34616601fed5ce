"""How long the legal register analysis and coverage take on a province-sized manual.

    python benchmarks/bench_legal.py [--procedures 5000] [--legal 2000] [--repeat 5]

The synthetic manual (benchmarks/synthetic.py) gets, on top: amendment and replacement
relations between its decrees, 200 publication decisions touching 25 TTHC codes each, and a
catalogue of every procedure's code plus 200 without a procedure. Loading is timed apart:
the figures that matter are those on a loaded model (what impact runs after the history
pass): the register's indexes and every register rule, coverage, and the suspect test of
every procedure against every decision.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from timing import best  # noqa: E402
from synthetic import generate, province_arguments  # noqa: E402

from isodocs.check import Context  # noqa: E402
from isodocs.check.legal import register_graph  # noqa: E402
from isodocs.legal.coverage import coverage  # noqa: E402
from isodocs.model.reader import load  # noqa: E402
from isodocs.load.source import open_source  # noqa: E402
from isodocs.model.register import analyse, suspect_decisions  # noqa: E402

DECISION = """\
- number: {n}/QĐ-UBND
  type: Quyết định
  issuer: Ủy ban nhân dân tỉnh Mẫu
  title: Công bố danh mục thủ tục hành chính số {n}
  issued: 2025-{month:02d}-10
  status: in_force
  tthc:
    added: [{added}]
    modified: [{modified}]
"""


def enrich(root: Path, procedures: int, legal: int, decisions: int = 200) -> None:
    """Relations, publication decisions and a catalogue over the synthetic manual."""
    amendments = "".join(
        f"- number: {90000 + n}/2025/NĐ-CP\n  type: Nghị định\n  title: Sửa đổi nghị định {n}\n"
        f"  issued: 2025-01-15\n  status: in_force\n" for n in range(1, legal // 10 + 1))
    (root / "legal" / "sua-doi.yaml").write_text(amendments, encoding="utf-8")
    for path in sorted((root / "legal").glob("nd-*.yaml")):  # every decree amended, every tenth replaced
        text = path.read_text(encoding="utf-8")
        text = text.replace("  status: in_force\n", "  status: in_force\n  amended_by: [90001/2025/NĐ-CP]\n")
        (path).write_text(text, encoding="utf-8")
    codes = [f"1.{i:06d}" for i in range(1, procedures + 1)]
    text = "".join(DECISION.format(
        n=n, month=n % 12 + 1,
        added=", ".join(f'"2.{n * 25 + k:06d}"' for k in range(1)),
        modified=", ".join(f'"{codes[(n * 25 + k) % procedures]}"' for k in range(25)))
        for n in range(1, decisions + 1))
    (root / "legal" / "cong-bo.yaml").write_text(text, encoding="utf-8")
    catalog = "".join(f'  - {{code: "{c}", name: Thủ tục {c}}}\n' for c in codes + [f"3.{i:06d}" for i in range(200)])
    with open(root / "isodocs.yaml", "a", encoding="utf-8") as config:
        config.write("catalog:\n" + catalog)


def main() -> None:
    args = province_arguments(__doc__.splitlines()[0], repeat=5).parse_args()
    today = dt.date(2026, 1, 1)
    with tempfile.TemporaryDirectory() as tmp:
        root = generate(Path(tmp), args.procedures, args.legal)
        enrich(root, args.procedures, args.legal)
        start = time.perf_counter()
        loaded = load(open_source(root))
        loading = time.perf_counter() - start
    manual = loaded.manual
    found = list(register_graph(Context(manual, loaded, today)))

    def register_rules():
        # a fresh Context: nothing cached between runs
        return list(register_graph(Context(manual, loaded, today)))

    def suspects():
        register = analyse(manual)
        approved = dt.date(2025, 6, 1)
        return sum(bool(suspect_decisions(register, doc.procedure.tthc.code, approved))
                   for doc in manual.documents if doc.procedure and doc.procedure.tthc)

    rules, _ = best(register_rules, args.repeat)
    cover, _ = best(lambda: coverage(manual), args.repeat)
    suspect, _ = best(suspects, args.repeat)
    cov = coverage(manual)
    print(f"manual: {len(manual.documents)} procedures, {len(manual.legal)} register entries, "
          f"{len(manual.config.catalog)} catalogue lines ({len(found)} register findings)")
    print(f"load (once, not part of the analysis): {loading:6.2f} s")
    print(f"register indexes + rules L406-L409:   {rules * 1000:6.0f} ms")
    print(f"coverage (TTHC and clauses):          {cover * 1000:6.0f} ms  "
          f"({cov.tthc.covered}/{len(cov.tthc.required)} TTHC, {cov.clauses.addressed}/{len(cov.clauses.lines)} clauses)")
    print(f"suspect test, every procedure:        {suspect * 1000:6.0f} ms  ({suspects()} suspect)")


if __name__ == "__main__":
    main()
